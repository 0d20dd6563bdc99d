using System;
using System.IO;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Fenxiang.Tests.Support;

/// <summary>The published Fenxiang sample payloads, carried by this project as fixtures (Fixtures/README.md
/// says where they come from) and copied beside the test assembly, so a clone alone runs the tests.</summary>
public static class SharedSamples
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static JsonNode Json(string name) =>
        JsonNode.Parse(Text(name)) ?? throw new InvalidDataException($"{name} is empty.");
}

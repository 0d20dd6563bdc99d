using System;
using System.IO;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Fenxiang.Tests.Support;

/// <summary>The shared Fenxiang sample payloads (shared/contracts/fenxiang/samples beside the repository).</summary>
public static class SharedSamples
{
    private const string Relative = "shared/contracts/fenxiang/samples";

    public static string Folder { get; } = Locate();

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static JsonNode Json(string name) =>
        JsonNode.Parse(Text(name)) ?? throw new InvalidDataException($"{name} is empty.");

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, Relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{Relative} was not found above {AppContext.BaseDirectory}; the contract tests need the shared folder beside the repository.");
    }
}

using System;
using System.IO;

namespace SalesGoals.Crm.Zoho.Tests.Infrastructure;

/// <summary>The published Zoho sample payloads, carried by this project as fixtures (Fixtures/README.md
/// says where they come from) and copied beside the test assembly, so a clone alone runs the tests.</summary>
public static class SharedContracts
{
    private static readonly string ZohoSamplesFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string ZohoSample(string fileName) => File.ReadAllText(Path.Combine(ZohoSamplesFolder, fileName));

    public static string[] ZohoSampleNames() =>
        Array.ConvertAll(Directory.GetFiles(ZohoSamplesFolder, "*.json"), p => Path.GetFileName(p)!);
}

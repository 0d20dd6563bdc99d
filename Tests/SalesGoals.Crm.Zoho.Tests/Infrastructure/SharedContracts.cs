using System;
using System.IO;

namespace SalesGoals.Crm.Zoho.Tests.Infrastructure;

/// <summary>Finds the shared vendor contracts: the folder next to the one holding SalesGoals.Crm.sln.</summary>
public static class SharedContracts
{
    private static readonly Lazy<string> ZohoSamplesFolder = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SalesGoals.Crm.sln")))
        {
            directory = directory.Parent;
        }

        if (directory?.Parent is null)
        {
            throw new InvalidOperationException($"No SalesGoals.Crm.sln above {AppContext.BaseDirectory}; cannot find the shared contracts.");
        }

        return Path.Combine(directory.Parent.FullName, "shared", "contracts", "zoho", "samples");
    });

    public static string ZohoSample(string fileName) => File.ReadAllText(Path.Combine(ZohoSamplesFolder.Value, fileName));

    public static string[] ZohoSampleNames() =>
        Array.ConvertAll(Directory.GetFiles(ZohoSamplesFolder.Value, "*.json"), p => Path.GetFileName(p)!);
}

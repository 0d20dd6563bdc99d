using System;
using System.IO;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Finds the repository's Solution/ folder above the test binaries.</summary>
public static class SolutionFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "Solution");
            if (File.Exists(System.IO.Path.Combine(candidate, "Other", "Solution.xml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No Solution/Other/Solution.xml above " + AppContext.BaseDirectory);
    }
}

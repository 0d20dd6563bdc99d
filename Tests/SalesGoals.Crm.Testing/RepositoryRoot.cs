using System;
using System.IO;

namespace SalesGoals.Crm.Testing;

/// <summary>The folder holding SalesGoals.Crm.sln, found by walking up from the test binaries, so tests read the
/// repository's own files (Solution/, READMEs, fixtures) wherever the assembly runs from.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "SalesGoals.Crm.sln";

    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The repository's root folder.</summary>
    public static string Path => Root.Value;

    /// <summary>A path below the repository's root, e.g. <c>Combine("Solution", "Other", "Solution.xml")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException(SolutionFile + " was not found above " + AppContext.BaseDirectory);
    }
}

using System;
using System.IO;

namespace SalesGoals.Crm.SolutionModel.Tests.Support;

/// <summary>Finds the repository (the folder holding SalesGoals.Crm.sln) wherever the test assembly runs
/// from, and the Dataverse export sample this project carries as a fixture (Fixtures/README.md).</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DataverseSample => Path.Combine(AppContext.BaseDirectory, "Fixtures", "solution-export-sample");

    public static string ProductSolution => Path.Combine(RepositoryRoot, "Solution");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesGoals.Crm.sln")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException("SalesGoals.Crm.sln was not found above " + AppContext.BaseDirectory);
    }
}

using System;
using System.IO;

namespace SalesGoals.Crm.SolutionModel.Tests.Support;

/// <summary>Finds the repository (the folder holding SalesGoals.Crm.sln) and the shared contracts
/// beside it (../shared), wherever the test assembly runs from.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SharedFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string DataverseSample => Path.Combine(SharedFolder, "contracts", "dataverse", "solution-export-sample");

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

using System;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>The repository's Solution/ folder.</summary>
public static class SolutionFolder
{
    // Read once per test process: parsing the folder's XML costs ~150 ms of CPU (~400 ms cold), more than the rest of
    // a GoalWorld together, and every test builds a world. The definition is immutable records, so sharing it is safe.
    // Under Stryker each mutant starts a new test host, so this is paid once per mutant instead of once per test.
    private static readonly Lazy<SolutionDefinition> Parsed = new(() => SolutionReader.Load(Path));

    public static string Path => RepositoryRoot.Combine("Solution");

    /// <summary>The folder as <see cref="SolutionReader"/> reads it, shared by every test of the process.</summary>
    public static SolutionDefinition Definition => Parsed.Value;
}

using System;
using System.IO;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;

namespace SalesGoals.Crm.LocalDataverse.Tests.Support;

/// <summary>The sample unpacked solution shipped with the tests (SampleSolution/), read once.</summary>
public static class SampleSolution
{
    private static readonly Lazy<SolutionDefinition> Definition = new(() => SolutionReader.Load(Folder));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "SampleSolution");

    public static SolutionDefinition Load() => Definition.Value;

    /// <summary>The sample's tables and roles without its steps, for tests that register their own steps.</summary>
    public static SolutionDefinition TablesOnly() => Definition.Value with { Steps = [] };
}

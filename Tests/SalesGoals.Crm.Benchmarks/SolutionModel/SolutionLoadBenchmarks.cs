using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using SalesGoals.Crm.SolutionModel;

namespace SalesGoals.Crm.Benchmarks.SolutionModel;

/// <summary>Reading and validating the product's Solution/ folder: paid once at every start of
/// the local Dataverse and by every test that builds one.</summary>
[MemoryDiagnoser]
public class SolutionLoadBenchmarks
{
    private string _folder = string.Empty;
    private SolutionDefinition _solution = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = FindSolutionFolder();
        _solution = SolutionReader.Load(_folder);
    }

    [Benchmark]
    public SolutionDefinition Load() => SolutionReader.Load(_folder);

    [Benchmark]
    public IReadOnlyList<SolutionProblem> Validate() => SolutionValidator.Validate(_solution);

    [Benchmark]
    public TableCatalog MergeWithStandardTables() => TableCatalog.Build(_solution);

    private static string FindSolutionFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesGoals.Crm.sln")))
            {
                return Path.Combine(directory.FullName, "Solution");
            }
        }

        throw new InvalidOperationException("SalesGoals.Crm.sln not found above " + AppContext.BaseDirectory);
    }
}

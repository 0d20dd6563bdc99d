using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Standard;
using SalesGoals.Crm.SolutionModel.Validation;
using SalesGoals.Crm.Testing;

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
        _folder = RepositoryRoot.Combine("Solution");
        _solution = SolutionReader.Load(_folder);
    }

    [Benchmark]
    public SolutionDefinition Load() => SolutionReader.Load(_folder);

    [Benchmark]
    public IReadOnlyList<SolutionProblem> Validate() => SolutionValidator.Validate(_solution);

    [Benchmark]
    public TableCatalog MergeWithStandardTables() => TableCatalog.Build(_solution);
}

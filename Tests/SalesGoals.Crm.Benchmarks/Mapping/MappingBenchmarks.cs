using System;
using BenchmarkDotNet.Attributes;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Json;
using SalesGoals.Crm.Integration.Mapping.Translation;
using SalesGoals.Crm.Integration.Mapping.Validation;

namespace SalesGoals.Crm.Benchmarks.Mapping;

/// <summary>Per-record translation cost (it runs for every synced deal) and the one-off costs of validating and
/// loading a mapping. Run: dotnet run -c Release --project Tests/SalesGoals.Crm.Benchmarks -- --filter *MappingBenchmarks* --job short</summary>
[MemoryDiagnoser]
public class MappingBenchmarks
{
    private readonly RecordTranslator _translator = new(MappingBenchmarkData.Mapping, new FenxiangValueFormat(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
    private readonly string _json = MappingJson.Export(MappingBenchmarkData.Mapping);
    private ExternalDeal _deal = null!;

    [GlobalSetup]
    public void Setup() => _deal = _translator.ToDeal(MappingBenchmarkData.Record).Deal
        ?? throw new InvalidOperationException("the benchmark record must translate");

    [Benchmark]
    public ExternalDeal? TranslateFenxiangRecordToDeal() => _translator.ToDeal(MappingBenchmarkData.Record).Deal;

    [Benchmark]
    public int TranslateDealToFenxiangFields() =>
        _translator.ToExternal(MappingBenchmarkData.Mapping.Objects[0], CanonicalDeal.From(_deal)).Fields.Count;

    [Benchmark]
    public bool ValidateMapping() =>
        MappingValidator.Validate(MappingBenchmarkData.Mapping, MappingBenchmarkData.Schemas, MappingBenchmarkData.Context).IsValid;

    [Benchmark]
    public CrmMapping ImportMappingFile() => MappingJson.Import(_json);
}

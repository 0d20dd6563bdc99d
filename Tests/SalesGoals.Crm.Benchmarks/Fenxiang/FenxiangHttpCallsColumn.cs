using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SalesGoals.Crm.Benchmarks.Fenxiang;

/// <summary>"HTTP calls": what the emulator counted for one invocation (1,000 records) of the benchmark.</summary>
internal sealed class FenxiangHttpCallsColumn : IColumn
{
    public string Id => nameof(FenxiangHttpCallsColumn);

    public string ColumnName => "HTTP calls / 1,000";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "API calls (token calls excluded) the emulator received for 1,000 records";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        FenxiangCallLedger.Get(benchmarkCase.Descriptor.WorkloadMethod.Name)?.ToString(CultureInfo.InvariantCulture) ?? "n/a";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

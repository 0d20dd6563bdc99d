using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SalesGoals.Crm.Benchmarks.Zoho;

/// <summary>"HTTP calls / 1,000": what the emulator counted for one operation over 1,000 records.</summary>
internal sealed class ZohoHttpCallsColumn : IColumn
{
    public string Id => nameof(ZohoHttpCallsColumn);

    public string ColumnName => "HTTP calls / 1,000";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "HTTP calls the Zoho emulator received for one operation on 1,000 records (token cached)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        ZohoCallCounts.Get(benchmarkCase.Descriptor.WorkloadMethod.Name)?.ToString(CultureInfo.InvariantCulture) ?? "?";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
}

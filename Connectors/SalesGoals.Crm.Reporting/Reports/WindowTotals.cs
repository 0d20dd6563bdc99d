using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>A goal's ledger totals: everything up to the report date, this window and the previous window.</summary>
internal sealed class WindowTotals
{
    public MetricTotals ToDate { get; set; }

    public MetricTotals Window { get; set; }

    public MetricTotals Previous { get; set; }

    public void Add(WindowTotals other)
    {
        ToDate += other.ToDate;
        Window += other.Window;
        Previous += other.Previous;
    }
}

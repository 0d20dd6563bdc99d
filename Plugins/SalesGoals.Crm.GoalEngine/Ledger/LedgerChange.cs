using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.GoalEngine.Ledger;

/// <summary>
/// One row's move from Old to New (zero when absent). The plug-ins write New (or delete the row
/// when IsRemoval) and add Delta to the goal and its ancestors, all in one transaction.
/// </summary>
public sealed record LedgerChange(LedgerKey Key, MetricTotals? Old, MetricTotals? New)
{
    public MetricTotals Delta => (New ?? MetricTotals.Zero) - (Old ?? MetricTotals.Zero);

    public bool IsRemoval => Old.HasValue && !New.HasValue;

    public bool IsInsert => !Old.HasValue && New.HasValue;
}

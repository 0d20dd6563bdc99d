using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.GoalEngine.Ledger;

/// <summary>What one source record adds to one goal for one metric.</summary>
public sealed record LedgerEntry(LedgerKey Key, MetricTotals Parts);

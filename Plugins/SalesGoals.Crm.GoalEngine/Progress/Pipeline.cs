using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>Pipeline figures for projections and alerts.</summary>
public static class Pipeline
{
    /// <summary>Σ value × probability of the open records expected to close inside the period (records without a date are left out).</summary>
    public static decimal WeightedValue(IEnumerable<OpenRecord> records, Period period) =>
        InPeriod(records, period).Sum(r => r.WeightedValue);

    /// <summary>The top N open records in the period by value × probability; ties by earlier close date, then name.</summary>
    // Stryker disable once Conditional,Equality : Take of a negative count is empty as well, so the clamp to 0 changes no result.
    public static IReadOnlyList<OpenRecord> Top(IEnumerable<OpenRecord> records, Period period, int count) =>
        InPeriod(records, period)
            .OrderByDescending(r => r.WeightedValue)
            .ThenBy(r => r.EstimatedCloseDate)
            .ThenBy(r => r.Name, System.StringComparer.Ordinal)
            .Take(count < 0 ? 0 : count)
            .ToList();

    private static IEnumerable<OpenRecord> InPeriod(IEnumerable<OpenRecord> records, Period period) =>
        records.Where(r => r.EstimatedCloseDate.HasValue && period.Contains(r.EstimatedCloseDate.Value) && r.ProbabilityPercent > 0m);
}

using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.GoalEngine.Ledger;

/// <summary>
/// Pure ledger arithmetic: what a record should contribute, how to get from the stored rows to
/// that (reverse old, apply new), and the recomputation that proves the incremental totals.
/// </summary>
public static class LedgerMath
{
    /// <summary>
    /// The rows a source record should have now: one per matching leaf goal. A reopened, deleted or
    /// non-counting record yields none, so diffing against the stored rows reverses them all.
    /// </summary>
    /// <param name="rateForGoal">The exchange rate of the goal's currency (1 for the base currency).</param>
    public static IReadOnlyList<LedgerEntry> Plan(SourceFact fact, IEnumerable<GoalSnapshot> leaves, Func<string, MetricDefinition?> metricByCode, Func<GoalSnapshot, decimal> rateForGoal)
    {
        var entries = new List<LedgerEntry>();
        foreach (var leaf in leaves)
        {
            var metric = leaf.MetricCode == null ? null : metricByCode(leaf.MetricCode);
            if (metric == null)
            {
                continue;
            }

            var parts = ContributionCalculator.Contribution(leaf, metric, fact, rateForGoal(leaf));
            if (parts.HasValue)
            {
                entries.Add(new LedgerEntry(new LedgerKey(leaf.Id, fact.RecordId, metric.Code), parts.Value));
            }
        }

        return entries;
    }

    /// <summary>
    /// The rows one leaf goal should have from all existing records: used when a goal is created
    /// or activated after its records exist, and to repair drift (diff against the goal's stored rows).
    /// </summary>
    public static IReadOnlyList<LedgerEntry> PlanForGoal(GoalSnapshot leaf, MetricDefinition metric, IEnumerable<SourceFact> facts, decimal goalCurrencyRate = 1m)
    {
        var entries = new List<LedgerEntry>();
        foreach (var fact in facts)
        {
            var parts = ContributionCalculator.Contribution(leaf, metric, fact, goalCurrencyRate);
            if (parts.HasValue)
            {
                entries.Add(new LedgerEntry(new LedgerKey(leaf.Id, fact.RecordId, metric.Code), parts.Value));
            }
        }

        return entries;
    }

    /// <summary>
    /// The changes that turn a record's stored rows into the desired rows. Rows that stay the same
    /// produce nothing, so replaying an event changes nothing (idempotent).
    /// </summary>
    public static IReadOnlyList<LedgerChange> Diff(IEnumerable<LedgerEntry> stored, IEnumerable<LedgerEntry> desired)
    {
        var old = ToMap(stored, nameof(stored));
        var wanted = ToMap(desired, nameof(desired));
        var changes = new List<LedgerChange>();
        foreach (var row in old)
        {
            if (!wanted.TryGetValue(row.Key, out var parts))
            {
                changes.Add(new LedgerChange(row.Key, row.Value, null));
            }
            else if (parts != row.Value)
            {
                changes.Add(new LedgerChange(row.Key, row.Value, parts));
            }
        }

        changes.AddRange(wanted.Where(row => !old.ContainsKey(row.Key)).Select(row => new LedgerChange(row.Key, null, row.Value)));
        return changes;
    }

    /// <summary>A goal's actual from scratch: the sum of its ledger rows.</summary>
    public static MetricTotals Recompute(IEnumerable<LedgerEntry> entriesOfGoal) =>
        entriesOfGoal.Aggregate(MetricTotals.Zero, (sum, e) => sum + e.Parts);

    /// <summary>Per goal, the net delta of a set of changes, then carried up to every ancestor.</summary>
    public static IReadOnlyList<GoalDelta> Rollup(IEnumerable<LedgerChange> changes, Func<Guid, Guid?> parentOf)
    {
        var totals = new Dictionary<Guid, MetricTotals>();
        var order = new List<Guid>();
        foreach (var change in changes)
        {
            var seen = new HashSet<Guid>();
            for (Guid? goal = change.Key.GoalId; goal.HasValue; goal = parentOf(goal.Value))
            {
                if (!seen.Add(goal.Value))
                {
                    throw new InvalidOperationException($"Goal {goal.Value} is its own ancestor; the goal hierarchy has a cycle.");
                }

                if (!totals.TryGetValue(goal.Value, out var sum))
                {
                    order.Add(goal.Value);
                    sum = MetricTotals.Zero;
                }

                totals[goal.Value] = sum + change.Delta;
            }
        }

        return order.Where(g => !totals[g].IsZero).Select(g => new GoalDelta(g, totals[g])).ToList();
    }

    private static Dictionary<LedgerKey, MetricTotals> ToMap(IEnumerable<LedgerEntry> entries, string parameter)
    {
        var map = new Dictionary<LedgerKey, MetricTotals>();
        foreach (var entry in entries)
        {
            if (map.ContainsKey(entry.Key))
            {
                throw new ArgumentException($"Ledger row {entry.Key} appears twice.", parameter);
            }

            map[entry.Key] = entry.Parts;
        }

        return map;
    }
}

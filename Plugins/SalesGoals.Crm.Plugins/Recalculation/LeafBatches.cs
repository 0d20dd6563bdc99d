using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>
/// Which sibling leaves are rebuilt together, so their records, ledger rows and goal writes share requests
/// (one keyset page of records owned by any of them, one page of their rows, one bulk goal write) instead of
/// costing a few requests per leaf. Leaves batch when they have the same metric and period and each is one
/// user's goal with an owner no other leaf of the batch has: then a record belongs to exactly one of them, by
/// its owner, and each leaf's records are what its own scope would read. Any other leaf is a batch of its own.
/// </summary>
public static class LeafBatches
{
    /// <summary>Leaves per batch: keeps the continuation (about 100 characters a leaf) well inside the goal's
    /// 4,000-character column and a batch's goal writes and alerts far inside the request budget.</summary>
    public const int MaxLeaves = 25;

    /// <summary>True when <paramref name="next"/> may join the batch.</summary>
    public static bool CanJoin(IReadOnlyList<LeafPlan> batch, LeafPlan next)
    {
        if (batch.Count == 0)
        {
            return true;
        }

        var first = batch[0];
        return batch.Count < MaxLeaves && Batchable(first) && Batchable(next)
            && first.Goal.GetAttributeValue<EntityReference>(F.MetricId)?.Id == next.Goal.GetAttributeValue<EntityReference>(F.MetricId)?.Id
            && first.Scope!.Start == next.Scope!.Start && first.Scope.EndExclusive == next.Scope.EndExclusive
            && batch.All(leaf => !leaf.Scope!.Owners.Overlaps(next.Scope.Owners));
    }

    /// <summary>The records of every leaf of the batch: the union of their owners over their common period.</summary>
    public static SourceScope? Scope(IReadOnlyList<LeafPlan> batch) =>
        batch.Count == 1 || batch[0].Scope is null ? batch[0].Scope
        : new SourceScope(batch.SelectMany(l => l.Scope!.Owners).ToList(), [], batch[0].Scope!.Start, batch[0].Scope!.EndExclusive.AddDays(-1));

    /// <summary>The facts that count for <paramref name="leaf"/>: all of them in a batch of one (its own scope read them),
    /// else those its owner owns.</summary>
    public static IEnumerable<SourceFact> Of(LeafPlan leaf, IReadOnlyList<LeafPlan> batch, IEnumerable<SourceFact> facts) =>
        batch.Count == 1 ? facts : facts.Where(f => leaf.Scope!.Owners.Contains(f.OwnerId));

    private static bool Batchable(LeafPlan leaf) =>
        leaf.Metric is not null && leaf.Snapshot is not null && leaf.Scope is { OwnerTeamIds.Count: 0, Owners.Count: 1 };

    // Stryker disable once Linq : only batchable leaves are compared, and each has exactly one owner, so All and Any of it agree.
    private static bool Overlaps(this IReadOnlyCollection<Guid> owners, IReadOnlyCollection<Guid> others) => owners.Any(others.Contains);
}

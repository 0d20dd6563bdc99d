using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>One goal's part of <see cref="GoalProgressWriter.ApplyAll(IReadOnlyList{GoalWrite})"/>: a delta to add to its
/// actual parts or (<see cref="Total"/>) the parts to set, further columns for the same update, and whether a closed goal
/// is written too (a recalculated goal is; an ancestor getting a delta is not: its figures are final).</summary>
public sealed class GoalWrite
{
    public GoalWrite(Guid goalId, MetricTotals? delta, MetricTotals? total = null, IReadOnlyDictionary<string, object?>? alsoSet = null, bool evenIfClosed = false)
    {
        GoalId = goalId;
        Delta = delta;
        Total = total;
        AlsoSet = alsoSet;
        EvenIfClosed = evenIfClosed;
    }

    public Guid GoalId { get; }

    public MetricTotals? Delta { get; }

    public MetricTotals? Total { get; }

    public IReadOnlyDictionary<string, object?>? AlsoSet { get; }

    public bool EvenIfClosed { get; }
}

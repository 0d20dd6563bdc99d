using System;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>A leaf of the batch being rebuilt: the sum of its ledger rows read so far, whether that sum can be
/// trusted at the end, and the actual this job last wrote on it (a different actual later means someone else
/// changed the goal's ledger between slices, so the sum is not used).</summary>
public sealed class RecalculationLeaf
{
    public RecalculationLeaf(Guid goalId) => GoalId = goalId;

    public Guid GoalId { get; }

    public MetricTotals LedgerSum { get; set; }

    public bool SumReliable { get; set; } = true;

    /// <summary>The leaf's actual parts as this job last wrote them (null: not written by an earlier slice).</summary>
    public MetricTotals? Written { get; set; }
}

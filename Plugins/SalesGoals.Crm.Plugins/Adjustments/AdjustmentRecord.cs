using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Adjustments;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>An sg_goaladjustment row with its lines, as the workflow sees it. Status null = draft.</summary>
public sealed record AdjustmentRecord(Guid Id, string Name, AdjustmentStatus? Status, IReadOnlyList<AdjustmentLineRecord> Lines)
{
    public bool IsReallocation { get; init; }

    public AdjustmentReason? Reason { get; init; }

    public string? Justification { get; init; }

    public Guid? RequestedBy { get; init; }

    public Guid? ParentGoalId { get; init; }

    public string? DecisionComment { get; init; }

    /// <summary>The engine's view of the request.</summary>
    public AdjustmentRequest ToRequest(Guid requester) =>
        new(Id, requester, Reason, Justification, Lines.Select(l => new AdjustmentLine(l.GoalId, l.NewBase, l.NewTarget, l.NewStretch)).ToList())
        {
            Status = Status ?? AdjustmentStatus.Submitted,
        };
}

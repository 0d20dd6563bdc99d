using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.GoalEngine.Adjustments;

/// <summary>A request to change the tiers of one or more goals.</summary>
public sealed record AdjustmentRequest(Guid Id, Guid RequestedBy, AdjustmentReason? Reason, string? Justification, IReadOnlyList<AdjustmentLine> Lines)
{
    public AdjustmentStatus Status { get; init; }
}

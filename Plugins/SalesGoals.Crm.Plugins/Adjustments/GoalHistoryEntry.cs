using System;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Who changed a goal, when, why and through what (an sg_goalhistory change kind, optionally an adjustment).</summary>
public sealed record GoalHistoryEntry(Guid ChangedBy, DateTime ChangedOnUtc, int Kind)
{
    public string? Reason { get; init; }

    public Guid? AdjustmentId { get; init; }
}

using System;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>A parent goal whose children are being walked, and the last child started (Guid.Empty: none yet).</summary>
public sealed class RecalculationFrame
{
    public RecalculationFrame(Guid goalId, Guid lastChildId)
    {
        GoalId = goalId;
        LastChildId = lastChildId;
    }

    public Guid GoalId { get; }

    public Guid LastChildId { get; set; }
}

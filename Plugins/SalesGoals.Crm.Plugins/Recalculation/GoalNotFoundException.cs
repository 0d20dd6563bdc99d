using System;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>The goal to recalculate does not exist (the Custom API renders it in the caller's language).</summary>
public sealed class GoalNotFoundException : Exception
{
    public GoalNotFoundException(Guid goalId)
        : base($"No goal with id {goalId}.") => GoalId = goalId;

    public Guid GoalId { get; }
}

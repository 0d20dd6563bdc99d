using System.Collections.Generic;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>What an apply did.</summary>
public sealed class GoalPlanResult
{
    public GoalPlanResult(int created, int updated, int unchanged, int activated, IReadOnlyList<GoalPlanRemoval>? removed = null)
    {
        Removed = removed ?? new List<GoalPlanRemoval>();
        Created = created;
        Updated = updated;
        Unchanged = unchanged;
        Activated = activated;
    }

    public int Created { get; }

    public int Updated { get; }

    public int Unchanged { get; }

    public int Activated { get; }

    /// <summary>Goals under the plan's goals that the plan no longer has: kept, or deactivated with removeMissing.</summary>
    public IReadOnlyList<GoalPlanRemoval> Removed { get; }

    /// <summary>Pass with the same plan to apply the next slice; empty when the plan is applied.</summary>
    public string Continuation { get; init; } = string.Empty;

    public bool Done => Continuation.Length == 0;

    /// <summary>When done and goals were activated: the plan's root, to recalculate (sg_RecalculateGoal) so that the
    /// records that already exist count.</summary>
    public System.Guid? RecalculateGoalId { get; init; }
}

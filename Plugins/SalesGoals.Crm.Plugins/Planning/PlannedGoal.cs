using System;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>What an apply does to one plan goal, as the whole-plan check (<see cref="GoalPlanValidator"/>) needs it.</summary>
internal sealed class PlannedGoal
{
    public PlannedGoal(Guid id, string scopeKey)
    {
        Id = id;
        ScopeKey = scopeKey;
    }

    /// <summary>The stored goal's id, or the id the new one gets.</summary>
    public Guid Id { get; }

    public string ScopeKey { get; }

    /// <summary>Created or updated.</summary>
    public bool Written { get; set; }

    /// <summary>Created, or its base/target/stretch changed (rule 6: the caller must be allowed to set targets).</summary>
    public bool TiersSet { get; set; }

    /// <summary>Draft now, Active after the apply.</summary>
    public bool Activating { get; set; }

    /// <summary>Active after the apply.</summary>
    public bool Active { get; set; }
}

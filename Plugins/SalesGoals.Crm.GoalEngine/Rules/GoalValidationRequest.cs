using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// Everything the rules may look at for one goal change. Leave out what does not apply: no
/// Before on create, no Actor for the platform's own writes, Activating only on Draft → Active.
/// </summary>
public sealed record GoalValidationRequest(GoalSnapshot Goal)
{
    /// <summary>The goal as stored before this change (null on create).</summary>
    public GoalSnapshot? Before { get; init; }

    public ActingUser? Actor { get; init; }

    public EditContext Context { get; init; } = EditContext.Direct;

    public GoalSnapshot? Parent { get; init; }

    /// <summary>The parent's other children (the goal itself is ignored if present).</summary>
    public IReadOnlyList<GoalSnapshot> Siblings { get; init; } = Array.Empty<GoalSnapshot>();

    /// <summary>This goal's own children (for its split and allocation checks).</summary>
    public IReadOnlyList<GoalSnapshot> Children { get; init; } = Array.Empty<GoalSnapshot>();

    /// <summary>Goals that might duplicate this one (same metric and assignee are enough).</summary>
    public IReadOnlyList<GoalSnapshot> OtherGoals { get; init; } = Array.Empty<GoalSnapshot>();

    public bool Activating { get; init; }

    /// <summary>The goal's metric when it is not a preset (presets are looked up by code).</summary>
    public MetricDefinition? Metric { get; init; }

    /// <summary>The same scope's actual in the last comparable period, if known (rule 7).</summary>
    public decimal? LastComparableActual { get; init; }
}

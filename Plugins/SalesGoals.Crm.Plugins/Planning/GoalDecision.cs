using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>What one apply does to one plan goal: create it (<see cref="Write"/> is the new row), update it (the changed
/// columns), leave it (no write), or refuse it (<see cref="Problem"/>).</summary>
internal sealed class GoalDecision
{
    public GoalDecision(Guid id, Entity? write, bool draft)
    {
        Id = id;
        Write = write;
        Draft = draft;
    }

    public Guid Id { get; }

    public Entity? Write { get; set; }

    /// <summary>Draft before the apply (a new goal is created as Draft).</summary>
    public bool Draft { get; }

    public bool TiersSet { get; set; }

    public string? Problem { get; set; }
}

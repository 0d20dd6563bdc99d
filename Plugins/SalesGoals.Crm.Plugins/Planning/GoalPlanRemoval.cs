using System;
using System.Runtime.Serialization;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>A goal under the plan's goals in Dataverse that the plan no longer has (sg_ApplyGoalPlan's Removed output, JSON).</summary>
[DataContract]
public sealed class GoalPlanRemoval
{
    [DataMember(Name = "id")]
    public Guid Id { get; set; }

    /// <summary>Names from the plan's root down to the goal, " / " between them.</summary>
    [DataMember(Name = "path")]
    public string? Path { get; set; }

    [DataMember(Name = "locked")]
    public bool Locked { get; set; }

    /// <summary>Ledger rows (deals, wins) counted toward it.</summary>
    [DataMember(Name = "ledgerRows")]
    public int LedgerRows { get; set; }

    /// <summary>True when this apply deactivated it (removeMissing); false: kept as it is.</summary>
    [DataMember(Name = "deactivated")]
    public bool Deactivated { get; set; }
}

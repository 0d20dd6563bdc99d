using System.Collections.Generic;
using System.Runtime.Serialization;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// The JSON the sg_ApplyGoalPlan Custom API takes (its Plan parameter): a goal tree already decomposed by the goal
/// engine, parents before children, with Dataverse ids resolved. Written by the CLI (Connectors/SalesGoals.Crm.Cli,
/// Plan/Apply/ApplyPayload); read here with DataContractJsonSerializer (.NET Framework, no package).
/// </summary>
[DataContract]
public sealed class GoalPlanDocument
{
    [DataMember(Name = "name")]
    public string? Name { get; set; }

    [DataMember(Name = "metricId")]
    public System.Guid MetricId { get; set; }

    [DataMember(Name = "metricCode")]
    public string? MetricCode { get; set; }

    [DataMember(Name = "currencyId")]
    public System.Guid CurrencyId { get; set; }

    /// <summary>True: every goal ends Active (activated leaves first, so each parent's allocation is checked).</summary>
    [DataMember(Name = "activate")]
    public bool Activate { get; set; }

    /// <summary>True: goals under the plan's goals that the plan no longer has are deactivated (refused when one is locked
    /// or has ledger rows); false: they are kept and only reported.</summary>
    [DataMember(Name = "removeMissing", EmitDefaultValue = false)]
    public bool RemoveMissing { get; set; }

    [DataMember(Name = "seasonality", EmitDefaultValue = false)]
    public GoalPlanSeasonality? Seasonality { get; set; }

    [DataMember(Name = "calendar", EmitDefaultValue = false)]
    public GoalPlanCalendar? Calendar { get; set; }

    [DataMember(Name = "goals")]
    public List<GoalPlanGoal> Goals { get; set; } = new List<GoalPlanGoal>();
}

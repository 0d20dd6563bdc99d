using System;
using System.Runtime.Serialization;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>One goal of a plan. Its identity in Dataverse is its scope key (metric, assignee, period, dimensions).</summary>
[DataContract]
public sealed class GoalPlanGoal
{
    /// <summary>The plan's path to this goal (e.g. "FY2026 / Hardware / East / wang@contoso.com / 2026-Q1").</summary>
    [DataMember(Name = "key")]
    public string? Key { get; set; }

    [DataMember(Name = "parentKey", EmitDefaultValue = false)]
    public string? ParentKey { get; set; }

    [DataMember(Name = "name")]
    public string? Name { get; set; }

    [DataMember(Name = "userId", EmitDefaultValue = false)]
    public Guid? UserId { get; set; }

    [DataMember(Name = "teamId", EmitDefaultValue = false)]
    public Guid? TeamId { get; set; }

    [DataMember(Name = "managerId", EmitDefaultValue = false)]
    public Guid? ManagerId { get; set; }

    /// <summary>Year, Quarter, Month, Week, Day (the engine's PeriodType name).</summary>
    [DataMember(Name = "periodType")]
    public string? PeriodType { get; set; }

    [DataMember(Name = "start")]
    public string? Start { get; set; }

    [DataMember(Name = "end")]
    public string? End { get; set; }

    [DataMember(Name = "productLine", EmitDefaultValue = false)]
    public int? ProductLine { get; set; }

    [DataMember(Name = "region", EmitDefaultValue = false)]
    public int? Region { get; set; }

    [DataMember(Name = "segment", EmitDefaultValue = false)]
    public int? Segment { get; set; }

    [DataMember(Name = "base", EmitDefaultValue = false)]
    public decimal? Base { get; set; }

    [DataMember(Name = "target")]
    public decimal Target { get; set; }

    [DataMember(Name = "stretch", EmitDefaultValue = false)]
    public decimal? Stretch { get; set; }

    /// <summary>None, Time, Assignee, Dimension (the engine's SplitAxis name).</summary>
    [DataMember(Name = "splitAxis")]
    public string? SplitAxis { get; set; }

    [DataMember(Name = "overAssignmentPct")]
    public decimal OverAssignmentPct { get; set; }

    [DataMember(Name = "strategy", EmitDefaultValue = false)]
    public string? Strategy { get; set; }

    /// <summary>A long-term level: locked when activated.</summary>
    [DataMember(Name = "locked")]
    public bool Locked { get; set; }
}

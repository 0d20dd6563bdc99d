using System.Collections.Generic;
using System.Runtime.Serialization;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>A seasonality profile by name (sg_seasonalityprofile.sg_name): created or brought to these weights.</summary>
[DataContract]
public sealed class GoalPlanSeasonality
{
    [DataMember(Name = "name")]
    public string? Name { get; set; }

    /// <summary>Twelve monthly weights, January first.</summary>
    [DataMember(Name = "weights")]
    public List<decimal> Weights { get; set; } = new List<decimal>();
}

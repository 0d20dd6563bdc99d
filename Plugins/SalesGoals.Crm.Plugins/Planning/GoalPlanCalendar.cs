using System.Collections.Generic;
using System.Runtime.Serialization;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>A working-day calendar by name (sg_workingdaycalendar.sg_name) with its holidays and extra working days.</summary>
[DataContract]
public sealed class GoalPlanCalendar
{
    [DataMember(Name = "name")]
    public string? Name { get; set; }

    /// <summary>ISO day numbers of the weekend: 1 = Monday … 7 = Sunday.</summary>
    [DataMember(Name = "weekend")]
    public List<int> Weekend { get; set; } = new List<int>();

    /// <summary>yyyy-MM-dd dates.</summary>
    [DataMember(Name = "holidays")]
    public List<string> Holidays { get; set; } = new List<string>();

    /// <summary>yyyy-MM-dd dates that are working days although on the weekend (make-up days).</summary>
    [DataMember(Name = "workingDays")]
    public List<string> WorkingDays { get; set; } = new List<string>();
}

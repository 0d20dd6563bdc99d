namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>Entity.xml &lt;Behavior&gt;: 1 UserLocal, 2 DateOnly, 3 TimeZoneIndependent.</summary>
public enum DateTimeColumnBehavior
{
    UserLocal,
    DateOnly,
    TimeZoneIndependent,
}

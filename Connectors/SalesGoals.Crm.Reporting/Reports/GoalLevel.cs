namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>Where a goal sits: the company (a root goal and its time or dimension splits), a team, or a rep.</summary>
public enum GoalLevel
{
    Company = 0,
    Team = 1,
    Rep = 2,
}

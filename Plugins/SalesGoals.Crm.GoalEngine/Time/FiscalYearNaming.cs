namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>Whether fiscal year N is the one that starts in calendar year N or ends in it.</summary>
public enum FiscalYearNaming
{
    StartYear = 0,
    EndYear = 1,
}

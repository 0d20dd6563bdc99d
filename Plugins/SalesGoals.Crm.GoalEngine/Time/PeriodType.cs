namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>The kind of period a goal covers. Values are stable (persisted by the plug-ins).</summary>
public enum PeriodType
{
    Custom = 0,
    Year = 1,
    Quarter = 2,
    Month = 3,
    Week = 4,
    Day = 5,
}

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>An ISO week label such as 2026-W10 (the week year can differ from the calendar year).</summary>
public readonly record struct IsoWeekNumber(int WeekYear, int Week)
{
    public override string ToString() => $"{WeekYear:D4}-W{Week:D2}";
}

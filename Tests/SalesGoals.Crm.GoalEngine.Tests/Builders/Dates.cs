using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Builders;

/// <summary>Short date construction for readable tests.</summary>
public static class Dates
{
    public static LocalDate D(string iso) => LocalDate.ParseIso(iso);

    public static Period Custom(string start, string end) => FiscalCalendar.Custom(D(start), D(end));
}

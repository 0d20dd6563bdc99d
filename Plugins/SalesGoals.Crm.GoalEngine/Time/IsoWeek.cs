using System;

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>ISO 8601 weeks: Monday first; week 1 is the week holding the year's first Thursday.</summary>
public static class IsoWeek
{
    public static LocalDate MondayOf(LocalDate date)
    {
        var sinceMonday = ((int)date.DayOfWeek + 6) % 7;
        return date.AddDays(-sinceMonday);
    }

    public static IsoWeekNumber WeekOf(LocalDate date)
    {
        var thursday = MondayOf(date).AddDays(3);
        var weekYear = thursday.Year;
        var week = (LocalDate.DaysBetween(new LocalDate(weekYear, 1, 1), thursday) / 7) + 1;
        return new IsoWeekNumber(weekYear, week);
    }

    public static int WeeksInYear(int weekYear) => WeekOf(new LocalDate(weekYear, 12, 28)).Week;

    public static LocalDate FirstMonday(int weekYear)
    {
        var jan4 = new LocalDate(weekYear, 1, 4);
        return MondayOf(jan4);
    }

    public static Period Period(int weekYear, int week)
    {
        if (week < 1 || week > WeeksInYear(weekYear))
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"ISO year {weekYear} has weeks 1..{WeeksInYear(weekYear)}.");
        }

        var monday = FirstMonday(weekYear).AddDays((week - 1) * 7);
        return new Period(PeriodType.Week, monday, monday.AddDays(6));
    }
}

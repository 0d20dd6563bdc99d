using System;

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>
/// Builds the standard periods of an organization whose fiscal year may start in any month.
/// Quarters are three-month blocks counted from the fiscal start month; months and ISO weeks
/// are calendar months and ISO weeks whatever the fiscal start.
/// </summary>
public sealed class FiscalCalendar
{
    public FiscalCalendar(int startMonth = 1, FiscalYearNaming naming = FiscalYearNaming.StartYear)
    {
        if (startMonth < 1 || startMonth > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(startMonth), startMonth, "The fiscal year must start in month 1..12.");
        }

        StartMonth = startMonth;
        Naming = naming;
    }

    public static FiscalCalendar Gregorian { get; } = new();

    public int StartMonth { get; }

    public FiscalYearNaming Naming { get; }

    public Period Year(int fiscalYear)
    {
        var start = new LocalDate(CalendarYearOfStart(fiscalYear), StartMonth, 1);
        return new Period(PeriodType.Year, start, start.AddMonths(12).AddDays(-1));
    }

    public Period Quarter(int fiscalYear, int quarter)
    {
        if (quarter < 1 || quarter > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is numbered 1..4.");
        }

        var start = Year(fiscalYear).Start.AddMonths((quarter - 1) * 3);
        return new Period(PeriodType.Quarter, start, start.AddMonths(3).AddDays(-1));
    }

    public static Period Month(int year, int month)
    {
        var start = new LocalDate(year, month, 1);
        return new Period(PeriodType.Month, start, start.LastOfMonth());
    }

    public static Period Week(int isoWeekYear, int week) => IsoWeek.Period(isoWeekYear, week);

    public static Period Day(LocalDate date) => new(PeriodType.Day, date, date);

    public static Period Custom(LocalDate start, LocalDate end) => new(PeriodType.Custom, start, end);

    public int FiscalYearOf(LocalDate date)
    {
        var startYear = date.Month >= StartMonth ? date.Year : date.Year - 1;
        return Naming == FiscalYearNaming.StartYear || StartMonth == 1 ? startYear : startYear + 1;
    }

    /// <summary>The period of the given type that contains the date (Custom is not a standard period).</summary>
    public Period PeriodContaining(PeriodType type, LocalDate date)
    {
        switch (type)
        {
            case PeriodType.Year:
                return Year(FiscalYearOf(date));
            case PeriodType.Quarter:
                var year = Year(FiscalYearOf(date));
                var monthsIn = ((date.Year - year.Start.Year) * 12) + date.Month - year.Start.Month;
                return Quarter(FiscalYearOf(date), (monthsIn / 3) + 1);
            case PeriodType.Month:
                return Month(date.Year, date.Month);
            case PeriodType.Week:
                var monday = IsoWeek.MondayOf(date);
                return new Period(PeriodType.Week, monday, monday.AddDays(6));
            case PeriodType.Day:
                return Day(date);
            default:
                throw new ArgumentException("A custom period has no standard boundaries.", nameof(type));
        }
    }

    /// <summary>
    /// True when the dates fit the type: Year/Quarter/Month are exactly one such period; a Week
    /// lies inside one ISO week (a week clipped at a month boundary is still a Week, see README);
    /// a Day is one day; Custom is any range.
    /// </summary>
    public bool IsConsistent(Period period)
    {
        switch (period.Type)
        {
            case PeriodType.Year:
            case PeriodType.Quarter:
            case PeriodType.Month:
                return PeriodContaining(period.Type, period.Start) == period;
            case PeriodType.Week:
                return IsoWeek.MondayOf(period.Start) == IsoWeek.MondayOf(period.End);
            case PeriodType.Day:
                return period.Start == period.End;
            default:
                return true;
        }
    }

    private int CalendarYearOfStart(int fiscalYear) =>
        Naming == FiscalYearNaming.EndYear && StartMonth != 1 ? fiscalYear - 1 : fiscalYear;
}

using System;
using System.Runtime.CompilerServices;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Calendars;

/// <summary>
/// Day weights of one working calendar and seasonality profile. Cumulative tables are built once
/// per (calendar, profile) and widened on demand, so any weight sum — hence expected-to-date —
/// costs the same for a one-day goal as for a ten-year one. Thread-safe.
/// </summary>
public sealed class DayWeights
{
    private const int DefaultYearsAround = 3;
    private static readonly ConditionalWeakTable<WorkingCalendar, ConditionalWeakTable<SeasonalityProfile, DayWeights>> Cache = new();

    private readonly object _gate = new();
    private volatile DayWeightTable? _table;

    private DayWeights(WorkingCalendar calendar, SeasonalityProfile profile)
    {
        Calendar = calendar;
        Profile = profile;
    }

    public WorkingCalendar Calendar { get; }

    public SeasonalityProfile Profile { get; }

    /// <summary>The shared instance for this calendar and profile (flat when none).</summary>
    public static DayWeights For(WorkingCalendar calendar, SeasonalityProfile? profile = null)
    {
        var byProfile = Cache.GetValue(calendar, _ => new ConditionalWeakTable<SeasonalityProfile, DayWeights>());
        return byProfile.GetValue(profile ?? SeasonalityProfile.Flat, p => new DayWeights(calendar, p));
    }

    public bool IsWorkingDay(LocalDate date) => TableFor(date, date).IsWorkingDay(date);

    /// <summary>d(x): the weight of one day.</summary>
    public decimal DayWeight(LocalDate date) => TableFor(date, date).DayWeight(date);

    /// <summary>Σ d(x) for start ≤ x ≤ end (0 when end is before start).</summary>
    public decimal WeightBetween(LocalDate start, LocalDate end) =>
        end < start ? 0m : TableFor(start, end).WeightBetween(start, end);

    public decimal WeightOf(Period period) => WeightBetween(period.Start, period.End);

    /// <summary>Makes sure the table covers these years, e.g. before a batch evaluation.</summary>
    public void Prepare(int firstYear, int lastYear) =>
        TableFor(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));

    private DayWeightTable TableFor(LocalDate start, LocalDate end)
    {
        var table = _table;
        if (table != null && table.Covers(start) && table.Covers(end))
        {
            return table;
        }

        lock (_gate)
        {
            table = _table;
            if (table != null && table.Covers(start) && table.Covers(end))
            {
                return table;
            }

            var first = Math.Max(1, Math.Min(start.Year - DefaultYearsAround, table?.FirstYear ?? int.MaxValue));
            var last = Math.Min(9999, Math.Max(end.Year + DefaultYearsAround, table?.LastYear ?? int.MinValue));
            table = new DayWeightTable(Calendar, Profile, first, last);
            _table = table;
            return table;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Calendars;

/// <summary>
/// Which days are working days: a weekly pattern, minus holidays, plus extra working days
/// (Chinese calendars make some Saturdays or Sundays working days around public holidays).
/// Immutable, so day-weight tables built from it can be cached by reference.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly bool[] _weeklyWorking = new bool[7];
    private readonly HashSet<LocalDate> _holidays;
    private readonly HashSet<LocalDate> _extraWorkingDays;

    public WorkingCalendar(
        string id,
        IEnumerable<DayOfWeek> workingWeekDays,
        IEnumerable<LocalDate>? holidays = null,
        IEnumerable<LocalDate>? extraWorkingDays = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A calendar needs an id.", nameof(id));
        }

        Id = id;
        foreach (var day in workingWeekDays)
        {
            _weeklyWorking[(int)day] = true;
        }

        _holidays = new HashSet<LocalDate>(holidays ?? Enumerable.Empty<LocalDate>());
        _extraWorkingDays = new HashSet<LocalDate>(extraWorkingDays ?? Enumerable.Empty<LocalDate>());
        var both = _holidays.Where(_extraWorkingDays.Contains).ToList();
        if (both.Count > 0)
        {
            throw new ArgumentException(
                $"Calendar '{id}': {string.Join(", ", both)} cannot be both a holiday and an extra working day.",
                nameof(extraWorkingDays));
        }
    }

    public string Id { get; }

    /// <summary>Monday to Friday, no holidays.</summary>
    public static WorkingCalendar MondayToFriday { get; } = new(
        "mon-fri",
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday });

    /// <summary>Every day is a working day (the linear, Dynamics-like special case).</summary>
    public static WorkingCalendar EveryDay { get; } = new(
        "every-day",
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday });

    public IEnumerable<LocalDate> Holidays => _holidays.OrderBy(d => d);

    public IEnumerable<LocalDate> ExtraWorkingDays => _extraWorkingDays.OrderBy(d => d);

    public bool IsWorkingDay(LocalDate date)
    {
        if (_extraWorkingDays.Contains(date))
        {
            return true;
        }

        return _weeklyWorking[(int)date.DayOfWeek] && !_holidays.Contains(date);
    }

    public int WorkingDaysIn(Period period)
    {
        var count = 0;
        for (var day = period.Start; day <= period.End; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A copy with more holidays and extra working days (e.g. next year's official schedule).</summary>
    public WorkingCalendar With(string id, IEnumerable<LocalDate>? holidays, IEnumerable<LocalDate>? extraWorkingDays) =>
        new(
            id,
            Enumerable.Range(0, 7).Where(i => _weeklyWorking[i]).Select(i => (DayOfWeek)i),
            _holidays.Concat(holidays ?? Enumerable.Empty<LocalDate>()),
            _extraWorkingDays.Concat(extraWorkingDays ?? Enumerable.Empty<LocalDate>()));
}

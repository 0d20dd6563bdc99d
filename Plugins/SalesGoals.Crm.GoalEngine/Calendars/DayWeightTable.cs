using System;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Calendars;

/// <summary>
/// Cumulative day weights for whole years [FirstYear, LastYear] of one calendar and profile.
/// Day weight d(x) = w(month) / working days in the month on a working day, else 0 (goals.md §3).
/// The cumulative sum is "month prefix + w × working days so far / working days in month",
/// precomputed per day (before and through the day), so a whole month sums to exactly w and any
/// range costs two array lookups and one subtraction.
/// </summary>
internal sealed class DayWeightTable
{
    private readonly int _firstDay;
    private readonly int _lastDay;
    private readonly decimal[] _cumulativeBefore;
    private readonly decimal[] _cumulativeThrough;
    private readonly int[] _monthOfDay;
    private readonly int[] _workingBefore;
    private readonly bool[] _isWorking;
    private readonly decimal[] _monthPrefix;
    private readonly decimal[] _monthWeight;
    private readonly int[] _monthWorkingDays;

    public DayWeightTable(WorkingCalendar calendar, SeasonalityProfile profile, int firstYear, int lastYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        var first = new LocalDate(firstYear, 1, 1);
        var last = new LocalDate(lastYear, 12, 31);
        _firstDay = first.DayNumber;
        _lastDay = last.DayNumber;
        var dayCount = LocalDate.DaysBetween(first, last) + 1;
        var monthCount = (lastYear - firstYear + 1) * 12;
        _monthOfDay = new int[dayCount];
        _workingBefore = new int[dayCount];
        _isWorking = new bool[dayCount];
        _monthPrefix = new decimal[monthCount + 1];
        _monthWeight = new decimal[monthCount];
        _monthWorkingDays = new int[monthCount];

        var index = 0;
        for (var m = 0; m < monthCount; m++)
        {
            var year = firstYear + (m / 12);
            var month = (m % 12) + 1;
            var days = DateTime.DaysInMonth(year, month);
            var working = 0;
            for (var d = 1; d <= days; d++, index++)
            {
                _monthOfDay[index] = m;
                _workingBefore[index] = working;
                _isWorking[index] = calendar.IsWorkingDay(LocalDate.FromDayNumber(_firstDay + index));
                if (_isWorking[index])
                {
                    working++;
                }
            }

            _monthWorkingDays[m] = working;
            _monthWeight[m] = working == 0 ? 0m : profile.WeightOf(month);
            _monthPrefix[m + 1] = _monthPrefix[m] + _monthWeight[m];
        }

        _cumulativeBefore = new decimal[dayCount];
        _cumulativeThrough = new decimal[dayCount];
        for (var i = 0; i < dayCount; i++)
        {
            _cumulativeBefore[i] = Cumulative(_monthOfDay[i], _workingBefore[i]);
            _cumulativeThrough[i] = Cumulative(_monthOfDay[i], _workingBefore[i] + (_isWorking[i] ? 1 : 0));
        }
    }

    public int FirstYear { get; }

    public int LastYear { get; }

    public bool Covers(LocalDate date) => date.DayNumber >= _firstDay && date.DayNumber <= _lastDay;

    public bool IsWorkingDay(LocalDate date) => _isWorking[IndexOf(date)];

    public decimal DayWeight(LocalDate date)
    {
        var i = IndexOf(date);
        var m = _monthOfDay[i];
        return _isWorking[i] ? _monthWeight[m] / _monthWorkingDays[m] : 0m;
    }

    /// <summary>Σ d(x) for start ≤ x ≤ end.</summary>
    public decimal WeightBetween(LocalDate start, LocalDate end) =>
        end < start ? 0m : _cumulativeThrough[IndexOf(end)] - _cumulativeBefore[IndexOf(start)];

    private decimal Cumulative(int month, int workingDaysSoFar)
    {
        var workingDays = _monthWorkingDays[month];
        if (workingDaysSoFar == 0)
        {
            return _monthPrefix[month];
        }

        return workingDaysSoFar == workingDays
            ? _monthPrefix[month + 1]
            : _monthPrefix[month] + (_monthWeight[month] * workingDaysSoFar / workingDays);
    }

    private int IndexOf(LocalDate date)
    {
        var i = date.DayNumber - _firstDay;
        if (i < 0 || i >= _monthOfDay.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The day-weight table covers {FirstYear}..{LastYear}.");
        }

        return i;
    }
}

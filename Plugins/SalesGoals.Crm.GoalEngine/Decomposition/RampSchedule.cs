using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Decomposition;

/// <summary>
/// A new hire's share of a full quota in their first months, e.g. 25 % / 50 % / 75 %, then 100 %.
/// The hire month counts as month 1.
/// </summary>
public sealed class RampSchedule
{
    private readonly decimal[] _factors;

    public RampSchedule(IEnumerable<decimal> monthlyFactors)
    {
        _factors = monthlyFactors.ToArray();
        if (_factors.Any(f => f < 0m || f > 1m))
        {
            throw new ArgumentException("Ramp factors are fractions of a full quota between 0 and 1.", nameof(monthlyFactors));
        }
    }

    public static RampSchedule None { get; } = new(Array.Empty<decimal>());

    /// <summary>25 % / 50 % / 75 % in the first three months.</summary>
    public static RampSchedule Standard { get; } = new(new[] { 0.25m, 0.5m, 0.75m });

    public IReadOnlyList<decimal> Factors => _factors;

    /// <summary>The factor for one calendar month: 0 before the hire month, then the ramp, then 1.</summary>
    public decimal FactorForMonth(LocalDate hireDate, int year, int month)
    {
        var index = ((year - hireDate.Year) * 12) + month - hireDate.Month;
        if (index < 0)
        {
            return 0m;
        }

        return index < _factors.Length ? _factors[index] : 1m;
    }

    /// <summary>The average monthly factor over the calendar months the period touches.</summary>
    public decimal FactorFor(LocalDate? hireDate, Period period)
    {
        if (hireDate == null)
        {
            return 1m;
        }

        var sum = 0m;
        var months = 0;
        for (var month = period.Start.FirstOfMonth(); month <= period.End; month = month.AddMonths(1))
        {
            sum += FactorForMonth(hireDate.Value, month.Year, month.Month);
            months++;
        }

        return sum / months;
    }
}

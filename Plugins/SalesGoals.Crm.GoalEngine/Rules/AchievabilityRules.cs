using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// Rule 7: compares a target with what the same scope reached in its last comparable period
/// (the same period one year earlier, so seasonality cancels out) and flags, never blocks.
/// </summary>
public static class AchievabilityRules
{
    /// <summary>The same period a year earlier (a Week: the same ISO week number; a Day: the same date).</summary>
    public static Period ComparablePeriod(Period period, FiscalCalendar fiscal)
    {
        switch (period.Type)
        {
            case PeriodType.Year:
            case PeriodType.Quarter:
            case PeriodType.Month:
                return fiscal.PeriodContaining(period.Type, period.Start.AddYears(-1));
            case PeriodType.Week:
                var week = IsoWeek.WeekOf(period.Start);
                var lastYear = week.WeekYear - 1;
                var whole = IsoWeek.Period(lastYear, week.Week <= IsoWeek.WeeksInYear(lastYear) ? week.Week : IsoWeek.WeeksInYear(lastYear));
                var offset = LocalDate.DaysBetween(IsoWeek.MondayOf(period.Start), period.Start);
                return new Period(PeriodType.Week, whole.Start.AddDays(offset), whole.Start.AddDays(offset + period.DayCount - 1));
            default:
                return new Period(period.Type, period.Start.AddYears(-1), period.End.AddYears(-1));
        }
    }

    /// <summary>Growth needed over the last comparable actual, as a percentage; null without history.</summary>
    public static decimal? RequiredGrowthPercent(decimal target, decimal? lastComparableActual, MetricDirection direction)
    {
        if (!lastComparableActual.HasValue || lastComparableActual.Value <= 0m || target <= 0m)
        {
            return null;
        }

        var ratio = direction == MetricDirection.HigherIsBetter ? target / lastComparableActual.Value : lastComparableActual.Value / target;
        return (ratio - 1m) * 100m;
    }

    public static AchievabilityRating Rate(decimal target, decimal? lastComparableActual, AchievabilityThresholds thresholds, MetricDirection direction = MetricDirection.HigherIsBetter)
    {
        var growth = RequiredGrowthPercent(target, lastComparableActual, direction);
        if (growth == null)
        {
            return AchievabilityRating.NoHistory;
        }

        if (growth.Value > thresholds.UnrealisticAbovePercent)
        {
            return AchievabilityRating.Unrealistic;
        }

        return growth.Value > thresholds.AggressiveAbovePercent ? AchievabilityRating.Aggressive : AchievabilityRating.WithinRange;
    }

    public static IEnumerable<RuleProblem> Check(GoalSnapshot goal, decimal? lastComparableActual, AchievabilityThresholds thresholds, MetricDirection direction = MetricDirection.HigherIsBetter)
    {
        var rating = Rate(goal.Target, lastComparableActual, thresholds, direction);
        if (rating is AchievabilityRating.Aggressive or AchievabilityRating.Unrealistic)
        {
            var growth = RequiredGrowthPercent(goal.Target, lastComparableActual, direction)!.Value;
            yield return ProblemBuilder.For(rating == AchievabilityRating.Aggressive ? RuleCode.TargetAggressive : RuleCode.TargetUnrealistic, goal)
                .Warning()
                .WithAmount("target", goal.Target, goal.Precision)
                .WithAmount("lastActual", lastComparableActual!.Value, goal.Precision)
                .With("growthPercent", ProblemBuilder.Percent(Decomposition.Allocator.RoundTo(growth, 1)))
                .Build();
        }
    }
}

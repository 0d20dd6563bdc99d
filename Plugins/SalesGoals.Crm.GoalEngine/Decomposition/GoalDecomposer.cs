using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Decomposition;

/// <summary>
/// Splits a parent goal into Draft children along one axis. Target, base and stretch are split
/// with the same weights; base and stretch are split as their distance from the target, so each
/// child keeps base ≤ target ≤ stretch and every tier sums exactly to the parent's.
/// </summary>
public static class GoalDecomposer
{
    /// <summary>Time split; weights are the children's working-day and seasonality weights.</summary>
    public static IReadOnlyList<GoalSnapshot> ByTime(
        GoalSnapshot parent, PeriodType childType, FiscalCalendar fiscal, DayWeights dayWeights, Func<Guid>? newId = null)
    {
        var parentPeriod = parent.Period ?? throw new ArgumentException("The parent goal has no period to split.", nameof(parent));
        var periods = TimeSplitter.Split(parentPeriod, childType, fiscal);
        var weights = periods.Select(dayWeights.WeightOf).ToArray();
        if (weights.All(w => w == 0m))
        {
            // No working day at all (e.g. a holiday week): fall back to calendar days rather than fail.
            weights = periods.Select(p => (decimal)p.DayCount).ToArray();
        }

        return Build(parent, weights, newId, i => parent with { Period = periods[i] }, i => Label(periods[i]));
    }

    /// <summary>Assignee split by capacity × new-hire ramp over the parent's period.</summary>
    public static IReadOnlyList<GoalSnapshot> ByAssignee(
        GoalSnapshot parent, IReadOnlyList<AssigneeShare> shares, RampSchedule? ramp = null, Func<Guid>? newId = null)
    {
        if (shares.Select(s => s.Assignee).Distinct().Count() != shares.Count)
        {
            throw new ArgumentException("Each assignee may appear only once in a split.", nameof(shares));
        }

        if (shares.Any(s => s.Capacity < 0m))
        {
            throw new ArgumentException("An assignee's capacity cannot be negative.", nameof(shares));
        }

        var period = parent.Period ?? throw new ArgumentException("The parent goal has no period.", nameof(parent));
        var rampSchedule = ramp ?? RampSchedule.None;
        var weights = shares.Select(s => s.Capacity * rampSchedule.FactorFor(s.HireDate, period)).ToArray();
        return Build(parent, weights, newId, i => parent with { Assignee = shares[i].Assignee }, i => shares[i].DisplayName ?? shares[i].Assignee.ToString());
    }

    /// <summary>Dimension split by explicit shares per value (e.g. product lines 40 : 50 : 10).</summary>
    public static IReadOnlyList<GoalSnapshot> ByDimension(
        GoalSnapshot parent, DimensionKind dimension, IReadOnlyList<DimensionShare> shares, Func<Guid>? newId = null)
    {
        if (shares.Any(s => GoalDimensions.Normalize(s.Value) == null))
        {
            throw new ArgumentException("Every dimension share needs a value.", nameof(shares));
        }

        if (shares.Select(s => s.Value.Trim().ToUpperInvariant()).Distinct().Count() != shares.Count)
        {
            throw new ArgumentException($"Each {dimension} value may appear only once in a split.", nameof(shares));
        }

        if (parent.Dimensions.ValueOf(dimension) != null)
        {
            throw new ArgumentException($"The parent is already limited to one {dimension}; it cannot be split by {dimension}.", nameof(dimension));
        }

        return Build(
            parent,
            shares.Select(s => s.Share).ToArray(),
            newId,
            i => parent with { Dimensions = parent.Dimensions.With(dimension, shares[i].Value.Trim()) },
            i => shares[i].Value.Trim());
    }

    private static List<GoalSnapshot> Build(
        GoalSnapshot parent, decimal[] weights, Func<Guid>? newId, Func<int, GoalSnapshot> shape, Func<int, string> label)
    {
        var ids = newId ?? Guid.NewGuid;
        var targets = Allocator.Allocate(parent.Target, weights, parent.Precision);
        var belowTarget = parent.Base.HasValue ? Allocator.Allocate(parent.Target - parent.Base.Value, weights, parent.Precision) : null;
        var aboveTarget = parent.Stretch.HasValue ? Allocator.Allocate(parent.Stretch.Value - parent.Target, weights, parent.Precision) : null;

        var children = new List<GoalSnapshot>(weights.Length);
        for (var i = 0; i < weights.Length; i++)
        {
            children.Add(shape(i) with
            {
                Id = ids(),
                ParentId = parent.Id,
                Name = parent.Name == null ? label(i) : parent.Name + " / " + label(i),
                Target = targets[i],
                Base = belowTarget == null ? null : targets[i] - belowTarget[i],
                Stretch = aboveTarget == null ? null : targets[i] + aboveTarget[i],
                SplitAxis = SplitAxis.None,
                State = GoalState.Draft,
                IsLocked = false,
                RootStrategy = null,
            });
        }

        return children;
    }

    private static string Label(Period period) => period.Type switch
    {
        PeriodType.Month => period.Start.ToDateTime().ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodType.Week => $"{IsoWeek.WeekOf(period.Start)} ({period.Start}..{period.End})",
        PeriodType.Day => period.Start.ToString(),
        _ => $"{period.Start}..{period.End}",
    };
}

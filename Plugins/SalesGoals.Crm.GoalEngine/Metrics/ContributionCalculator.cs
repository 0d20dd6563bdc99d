using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Decomposition;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>
/// Decides whether a source fact feeds a leaf goal and what it adds (goals.md §4): same metric
/// and source (the metric's source or an additional one such as external deals), a counted state, the required flag, same owner (or one of the owner's teams for a
/// team goal), date inside the period, and every dimension the goal names equal.
/// </summary>
public static class ContributionCalculator
{
    public static bool Matches(GoalSnapshot leaf, MetricDefinition metric, SourceFact fact)
    {
        if (!SameText(leaf.MetricCode, metric.Code) || !metric.ReadsFrom(fact.Source))
        {
            return false;
        }

        if (fact.MetricCode != null && !SameText(fact.MetricCode, metric.Code))
        {
            return false;
        }

        if (!Counts(metric.Numerator, fact.State) && !(metric.Denominator != null && Counts(metric.Denominator, fact.State)))
        {
            return false;
        }

        if (metric.RequiredFlag != null && !fact.Flags.Any(f => SameText(f, metric.RequiredFlag)))
        {
            return false;
        }

        // A record without a creation date (an external deal whose CRM did not say) cannot be measured
        // by a duration metric: it counts for none rather than failing the event that brought it.
        if (!fact.CreatedDate.HasValue && (metric.Numerator.Kind == MeasureKind.DurationDays || metric.Denominator?.Kind == MeasureKind.DurationDays))
        {
            return false;
        }

        return OwnerMatches(leaf.Assignee, fact)
            && leaf.Period.HasValue && leaf.Period.Value.Contains(fact.Date)
            && DimensionsMatch(leaf.Dimensions, fact.Dimensions);
    }

    /// <summary>
    /// The parts the fact adds to the leaf, or null when it does not match. Amounts are converted
    /// from base currency: base amount × the goal currency's exchange rate, rounded to the goal's precision.
    /// </summary>
    public static MetricTotals? Contribution(GoalSnapshot leaf, MetricDefinition metric, SourceFact fact, decimal goalCurrencyRate = 1m)
    {
        if (goalCurrencyRate <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(goalCurrencyRate), goalCurrencyRate, "An exchange rate must be greater than zero.");
        }

        if (!Matches(leaf, metric, fact))
        {
            return null;
        }

        var numerator = Counts(metric.Numerator, fact.State) ? Measure(metric.Numerator, leaf, fact, goalCurrencyRate) : 0m;
        var denominator = metric.Denominator != null && Counts(metric.Denominator, fact.State)
            ? Measure(metric.Denominator, leaf, fact, goalCurrencyRate)
            : 0m;
        return new MetricTotals(numerator, denominator);
    }

    public static decimal ConvertFromBase(decimal baseAmount, decimal goalCurrencyRate, int precision) =>
        Allocator.RoundTo(baseAmount * goalCurrencyRate, precision);

    private static decimal Measure(MetricMeasure measure, GoalSnapshot leaf, SourceFact fact, decimal rate) => measure.Kind switch
    {
        MeasureKind.Amount => ConvertFromBase(fact.BaseAmount, rate, leaf.Precision),
        MeasureKind.Count => 1m,
        MeasureKind.DurationDays => fact.CreatedDate.HasValue
            ? Math.Max(0, Time.LocalDate.DaysBetween(fact.CreatedDate.Value, fact.Date))
            : throw new ArgumentException($"Record {fact.RecordId} has no creation date, which a duration metric needs.", nameof(fact)),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure.Kind, "Unknown measure."),
    };

    private static bool Counts(MetricMeasure measure, string state) => measure.States.Any(s => SameText(s, state));

    private static bool OwnerMatches(Assignee? assignee, SourceFact fact)
    {
        if (assignee == null)
        {
            return false;
        }

        return assignee.Value.Kind == AssigneeKind.User
            ? fact.OwnerId == assignee.Value.Id
            : fact.OwnerId == assignee.Value.Id || fact.OwnerTeamIds.Contains(assignee.Value.Id);
    }

    private static bool DimensionsMatch(GoalDimensions goal, GoalDimensions fact) =>
        Matches(goal.ProductLine, fact.ProductLine) && Matches(goal.Region, fact.Region) && Matches(goal.Segment, fact.Segment);

    private static bool Matches(string? required, string? actual) =>
        GoalDimensions.Normalize(required) == null || GoalDimensions.Same(required, actual);

    private static bool SameText(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

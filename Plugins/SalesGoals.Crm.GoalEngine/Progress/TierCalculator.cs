using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>Which tier an actual has reached; tiers that are not set cannot be reached.</summary>
public static class TierCalculator
{
    public static Tier TierOf(decimal? actual, decimal? @base, decimal target, decimal? stretch, MetricDirection direction = MetricDirection.HigherIsBetter)
    {
        if (actual == null)
        {
            return Tier.None;
        }

        var value = actual.Value;
        if (stretch.HasValue && Reaches(value, stretch.Value, direction))
        {
            return Tier.Stretch;
        }

        if (Reaches(value, target, direction))
        {
            return Tier.Target;
        }

        return @base.HasValue && Reaches(value, @base.Value, direction) ? Tier.Base : Tier.None;
    }

    internal static bool Reaches(decimal value, decimal threshold, MetricDirection direction) =>
        direction == MetricDirection.HigherIsBetter ? value >= threshold : value <= threshold;
}

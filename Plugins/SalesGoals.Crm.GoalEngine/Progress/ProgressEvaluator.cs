using System;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Decomposition;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>
/// Evaluates progress (goals.md §3) against one calendar and seasonality profile. Every
/// evaluation is a handful of lookups in the cached cumulative day weights, so a one-week goal
/// and a one-year goal cost the same. Thread-safe.
/// </summary>
public sealed class ProgressEvaluator
{
    private readonly DayWeights _weights;
    private readonly ProgressOptions _options;

    public ProgressEvaluator(DayWeights weights, ProgressOptions? options = null)
    {
        _weights = weights;
        _options = options ?? ProgressOptions.Default;
    }

    /// <summary>E(D) = T × Σd(start..min(D,end)) / Σd(start..end), rounded to the precision.</summary>
    public decimal ExpectedToDate(Period period, decimal target, LocalDate asOf, int precision) =>
        Allocator.RoundTo(target * ElapsedShare(period, asOf), precision);

    /// <summary>
    /// The elapsed share of the period's weight: 0 before the start, 1 from the end on. A period
    /// without any working day falls back to calendar days so that it still fills up.
    /// </summary>
    public decimal ElapsedShare(Period period, LocalDate asOf)
    {
        if (asOf < period.Start)
        {
            return 0m;
        }

        if (asOf >= period.End)
        {
            return 1m;
        }

        var total = _weights.WeightOf(period);
        if (total == 0m)
        {
            return (decimal)(LocalDate.DaysBetween(period.Start, asOf) + 1) / period.DayCount;
        }

        return _weights.WeightBetween(period.Start, asOf) / total;
    }

    public ProgressResult Evaluate(ProgressInput input)
    {
        if (input.Target <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(input), input.Target, "A goal's target must be greater than zero to measure progress against it.");
        }

        return input.Kind == MetricKind.Ratio ? EvaluateRatio(input) : EvaluateCumulative(input);
    }

    private ProgressResult EvaluateCumulative(ProgressInput input)
    {
        var share = ElapsedShare(input.Period, input.AsOf);
        var expected = Allocator.RoundTo(input.Target * share, input.Precision);
        var actual = input.Actual ?? 0m;
        decimal? gap = expected > 0m ? (expected - actual) / expected : null;
        var status = actual >= input.Target ? ProgressStatus.Achieved : StatusFromGap(gap);
        decimal? runRate = share > 0m ? Allocator.RoundTo(actual / share, input.Precision) : null;
        return new ProgressResult
        {
            Target = input.Target,
            Actual = actual,
            ExpectedToDate = expected,
            ElapsedShare = share,
            AttainmentPercent = Percent(actual / input.Target),
            PaceGap = gap,
            PaceGapPercent = gap.HasValue ? Percent(gap.Value) : null,
            Status = status,
            Tier = TierCalculator.TierOf(actual, input.Base, input.Target, input.Stretch),
            RunRateProjection = runRate,
            PipelineProjection = Allocator.RoundTo(actual + input.WeightedPipeline, input.Precision),
        };
    }

    /// <summary>
    /// A rate (win rate, average deal size, cycle length) does not accumulate: the whole target is
    /// expected from the first day, the gap is the shortfall against it, and it is only Achieved
    /// once the period is over (an early 100 % win rate after one deal is not an achievement).
    /// </summary>
    private ProgressResult EvaluateRatio(ProgressInput input)
    {
        var started = input.AsOf >= input.Period.Start;
        var expected = started ? input.Target : 0m;
        var lowerIsBetter = input.Direction == MetricDirection.LowerIsBetter;
        decimal? gap = null;
        decimal? attainment = null;
        if (input.Actual.HasValue && started)
        {
            var actual = input.Actual.Value;
            gap = lowerIsBetter ? (actual - expected) / expected : (expected - actual) / expected;
            attainment = lowerIsBetter
                ? (actual == 0m ? null : Percent(input.Target / actual))
                : Percent(actual / input.Target);
        }

        var ended = input.AsOf >= input.Period.End;
        var met = input.Actual.HasValue && TierCalculator.Reaches(input.Actual.Value, input.Target, input.Direction);
        return new ProgressResult
        {
            Target = input.Target,
            Actual = input.Actual,
            ExpectedToDate = expected,
            ElapsedShare = ElapsedShare(input.Period, input.AsOf),
            AttainmentPercent = attainment,
            PaceGap = gap,
            PaceGapPercent = gap.HasValue ? Percent(gap.Value) : null,
            Status = ended && met ? ProgressStatus.Achieved : StatusFromGap(gap),
            Tier = TierCalculator.TierOf(input.Actual, input.Base, input.Target, input.Stretch, input.Direction),
            RunRateProjection = input.Actual,
            PipelineProjection = null,
        };
    }

    private ProgressStatus StatusFromGap(decimal? gap)
    {
        if (gap == null || gap.Value <= 0m)
        {
            return ProgressStatus.OnTrack;
        }

        return gap.Value < _options.AtRiskThreshold ? ProgressStatus.Behind : ProgressStatus.AtRisk;
    }

    private static decimal Percent(decimal fraction) => Allocator.RoundTo(fraction * 100m, 2);
}

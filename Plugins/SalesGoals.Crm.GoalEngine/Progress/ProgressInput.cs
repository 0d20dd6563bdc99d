using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>One goal's figures to evaluate as of a date.</summary>
public sealed record ProgressInput
{
    public Period Period { get; init; }

    public decimal Target { get; init; }

    public decimal? Base { get; init; }

    public decimal? Stretch { get; init; }

    /// <summary>The metric value so far; null when a ratio has no denominator yet.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The evaluation date (inclusive), in the organization's time zone.</summary>
    public LocalDate AsOf { get; init; }

    public int Precision { get; init; } = 2;

    public MetricKind Kind { get; init; }

    public MetricDirection Direction { get; init; }

    /// <summary>Σ estimated value × probability of the assignee's open records in the period.</summary>
    public decimal WeightedPipeline { get; init; }

    public static ProgressInput For(GoalSnapshot goal, decimal? actual, LocalDate asOf, MetricDefinition? metric = null, decimal weightedPipeline = 0m) => new()
    {
        Period = goal.Period ?? throw new System.ArgumentException("The goal has no period.", nameof(goal)),
        Target = goal.Target,
        Base = goal.Base,
        Stretch = goal.Stretch,
        Actual = actual,
        AsOf = asOf,
        Precision = goal.Precision,
        Kind = metric?.Kind ?? MetricKind.Amount,
        Direction = metric?.Direction ?? MetricDirection.HigherIsBetter,
        WeightedPipeline = weightedPipeline,
    };
}

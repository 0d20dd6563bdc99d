namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>What a rep or manager sees for one goal as of a date. Amounts are rounded to the goal's precision, percentages to 2 places.</summary>
public sealed record ProgressResult
{
    public decimal Target { get; init; }

    public decimal? Actual { get; init; }

    /// <summary>E(D): what should have been reached by the date, following seasonality and working days.</summary>
    public decimal ExpectedToDate { get; init; }

    /// <summary>Share of the period's weight elapsed by the date, 0..1 (unrounded).</summary>
    public decimal ElapsedShare { get; init; }

    /// <summary>actual / target × 100; null when there is no actual (a ratio without data).</summary>
    public decimal? AttainmentPercent { get; init; }

    /// <summary>(E − actual) / E as a fraction, unrounded; null while nothing is expected yet.</summary>
    public decimal? PaceGap { get; init; }

    public decimal? PaceGapPercent { get; init; }

    public ProgressStatus Status { get; init; }

    public Tier Tier { get; init; }

    /// <summary>Seasonality-aware run rate: actual × Σd(all) / Σd(elapsed); null before any weight has elapsed.</summary>
    public decimal? RunRateProjection { get; init; }

    /// <summary>actual + Σ estimated value × probability of open records; null for ratios.</summary>
    public decimal? PipelineProjection { get; init; }
}

using System;

namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>Settings of the progress evaluation.</summary>
public sealed record ProgressOptions
{
    private readonly decimal _atRiskThreshold = 0.20m;

    public static ProgressOptions Default { get; } = new();

    /// <summary>A goal whose pace gap reaches this fraction is AtRisk ("进度落后20%"). Default 0.20.</summary>
    public decimal AtRiskThreshold
    {
        get => _atRiskThreshold;
        init => _atRiskThreshold = value > 0m && value <= 1m
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The at-risk threshold is a fraction between 0 (exclusive) and 1.");
    }
}

using SalesGoals.Crm.GoalEngine.Progress;

namespace SalesGoals.Crm.Reporting.Data;

/// <summary>A goal's progress columns as the plug-ins last wrote them.</summary>
public sealed record StoredFigures
{
    public decimal? Actual { get; init; }

    public decimal? AttainmentPercent { get; init; }

    public decimal? ExpectedToDate { get; init; }

    public decimal? PaceGapPercent { get; init; }

    public ProgressStatus? Status { get; init; }

    public Tier? Tier { get; init; }
}

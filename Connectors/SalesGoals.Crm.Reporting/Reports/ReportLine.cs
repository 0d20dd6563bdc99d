using System;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>One goal in a completion report: its figures as of the report date and its change over the report window.</summary>
public sealed record ReportLine
{
    public Guid GoalId { get; init; }

    public string GoalName { get; init; } = "";

    public GoalLevel Level { get; init; }

    /// <summary>The rep's or team's name (the company goal's assignee for company goals).</summary>
    public string Assignee { get; init; } = "";

    /// <summary>Depth in the goal tree (0 = a root goal), for indentation.</summary>
    public int Depth { get; init; }

    public string? MetricCode { get; init; }

    public string? CurrencyCode { get; init; }

    public string? ProductLine { get; init; }

    public string? Region { get; init; }

    public Period Period { get; init; }

    public decimal Target { get; init; }

    public decimal? Actual { get; init; }

    public decimal? AttainmentPercent { get; init; }

    public decimal ExpectedToDate { get; init; }

    public decimal? PaceGapPercent { get; init; }

    public ProgressStatus Status { get; init; }

    public Tier Tier { get; init; }

    /// <summary>Seasonality-aware run rate to the period's end; null before any weight has elapsed.</summary>
    public decimal? Projection { get; init; }

    /// <summary>Won (counted) in the report window: this week or this month so far.</summary>
    public decimal? WindowActual { get; init; }

    /// <summary>Won in the previous window's same days.</summary>
    public decimal? PreviousWindowActual { get; init; }

    /// <summary>周环比 / month over month, %; null when the previous window had nothing.</summary>
    public decimal? ChangePercent { get; init; }

    /// <summary>The goal's target share of the whole week or month (by its day weights); null for ratio metrics.</summary>
    public decimal? WindowTarget { get; init; }

    /// <summary>Week or month completion rate: window actual / window target × 100.</summary>
    public decimal? WindowCompletionPercent { get; init; }

    public bool IsBehindPace => Status is ProgressStatus.Behind or ProgressStatus.AtRisk;
}

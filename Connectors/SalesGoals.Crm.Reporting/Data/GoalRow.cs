using System;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Data;

/// <summary>One sg_goal row as the reports need it: its definition and the figures the plug-ins last stored.</summary>
public sealed record GoalRow
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public Guid? ParentId { get; init; }

    public Guid? AssigneeUserId { get; init; }

    public Guid? AssigneeTeamId { get; init; }

    public Guid? ManagerId { get; init; }

    public string? MetricCode { get; init; }

    public string? CurrencyCode { get; init; }

    public PeriodType PeriodType { get; init; }

    public LocalDate Start { get; init; }

    public LocalDate End { get; init; }

    public decimal? Base { get; init; }

    public decimal Target { get; init; }

    public decimal? Stretch { get; init; }

    public SplitAxis SplitAxis { get; init; }

    public int GoalStatus { get; init; }

    public decimal? AtRiskThreshold { get; init; }

    public Guid? CalendarId { get; init; }

    public Guid? SeasonalityProfileId { get; init; }

    /// <summary>Formatted (English) labels of the dimension choices, null when the goal is not filtered by them.</summary>
    public string? ProductLine { get; init; }

    public string? Region { get; init; }

    public string? CustomerSegment { get; init; }

    /// <summary>What the plug-ins stored (sg_actual, sg_expectedtodate, sg_pacestatus, sg_tier...): the report recomputes these
    /// with the goal engine and its tests check they agree.</summary>
    public StoredFigures Stored { get; init; } = new();

    public Period Period => new(PeriodType, Start, End);
}

using System;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>A goal and its progress columns as the plug-ins last computed them (null when never computed).</summary>
public sealed record GoalRecord
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public Guid? AssigneeUserId { get; init; }

    public Guid? ParentGoalId { get; init; }

    public required string PeriodType { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public required string MetricCode { get; init; }

    public string? CurrencyCode { get; init; }

    public required string Status { get; init; }

    public decimal? BaseValue { get; init; }

    public required decimal Target { get; init; }

    public decimal? StretchValue { get; init; }

    public decimal? Actual { get; init; }

    public decimal? AttainmentPercent { get; init; }

    public decimal? ExpectedToDate { get; init; }

    public string? PaceStatus { get; init; }

    public string? Tier { get; init; }

    public DateTimeOffset? LastComputedOn { get; init; }
}

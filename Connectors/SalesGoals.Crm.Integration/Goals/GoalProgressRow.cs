using System;

namespace SalesGoals.Crm.Integration.Goals;

/// <summary>One goal and its live progress, as written to an external CRM so reps see it there.</summary>
public sealed record GoalProgressRow
{
    /// <summary>The Dataverse goal id: the unique key of the row in the external system.</summary>
    public required Guid GoalId { get; init; }

    public required string Name { get; init; }

    /// <summary>The assignee's id in the external system (resolved through the user mapping).</summary>
    public required string OwnerExternalId { get; init; }

    /// <summary>Year, Quarter, Month, Week, Day or Custom.</summary>
    public required string PeriodType { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    /// <summary>Metric preset code, e.g. won_revenue.</summary>
    public required string MetricCode { get; init; }

    public string? CurrencyCode { get; init; }

    public decimal? BaseValue { get; init; }

    public required decimal Target { get; init; }

    public decimal? StretchValue { get; init; }

    public required decimal Actual { get; init; }

    public required decimal AttainmentPercent { get; init; }

    public required decimal ExpectedToDate { get; init; }

    /// <summary>OnTrack, Behind, AtRisk or Achieved.</summary>
    public required string PaceStatus { get; init; }

    /// <summary>None, Base, Target or Stretch.</summary>
    public required string Tier { get; init; }

    public required DateTimeOffset ComputedOn { get; init; }
}

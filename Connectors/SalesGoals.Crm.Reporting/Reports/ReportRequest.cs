using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>What to report: the kind, the date (inclusive, in the organization's time zone) and optional filters.</summary>
public sealed record ReportRequest(ReportKind Kind, LocalDate AsOf)
{
    /// <summary>Only these levels; empty = all.</summary>
    public IReadOnlyCollection<GoalLevel> Levels { get; init; } = [];

    /// <summary>Only goals of this product line (its label, as Dataverse shows it); null = all.</summary>
    public string? ProductLine { get; init; }

    /// <summary>Only goals of this region (its label); null = all.</summary>
    public string? Region { get; init; }

    /// <summary>Only goals of these period types; empty = all.</summary>
    public IReadOnlyCollection<PeriodType> PeriodTypes { get; init; } = [];
}

using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>
/// What the engine needs to know about one source record (a Dataverse row or an external actual
/// from Zoho/Fenxiang), already reduced to engine terms by the caller.
/// </summary>
public sealed record SourceFact
{
    /// <summary>The kind of record (the plug-ins map it to a table).</summary>
    public SourceKind Source { get; init; }

    public Guid RecordId { get; init; }

    /// <summary>One of <see cref="SourceStates"/>.</summary>
    public string State { get; init; } = "";

    public Guid OwnerId { get; init; }

    /// <summary>Teams the owner belongs to (team goals collect their members' records).</summary>
    public IReadOnlyCollection<Guid> OwnerTeamIds { get; init; } = Array.Empty<Guid>();

    /// <summary>The metric's date (close date, visit end, paid date…) in the organization's time zone.</summary>
    public LocalDate Date { get; init; }

    /// <summary>For duration metrics: the creation date in the organization's time zone.</summary>
    public LocalDate? CreatedDate { get; init; }

    /// <summary>The amount in the organization's base currency.</summary>
    public decimal BaseAmount { get; init; }

    public GoalDimensions Dimensions { get; init; } = GoalDimensions.None;

    /// <summary>E.g. <see cref="SourceFlags.NewCustomer"/>.</summary>
    public IReadOnlyCollection<string> Flags { get; init; } = Array.Empty<string>();

    /// <summary>Set when the fact only feeds one metric (e.g. an external actual pushed for a metric).</summary>
    public string? MetricCode { get; init; }
}

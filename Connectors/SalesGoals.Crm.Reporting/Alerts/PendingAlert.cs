using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>An sg_goalalert row someone has not been told about yet.</summary>
public sealed record PendingAlert
{
    public Guid Id { get; init; }

    public Guid GoalId { get; init; }

    public Guid? AssigneeId { get; init; }

    public AlertKind Kind { get; init; }

    public bool IsResolved { get; init; }

    /// <summary>Why it was resolved (meaningful once <see cref="IsResolved"/>): what the resolution notice says.</summary>
    public AlertResolution Resolution { get; init; }

    public bool WasNotified { get; init; }

    public decimal? PaceGapAtRaise { get; init; }

    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];

    /// <summary>The notice still owed: the raise first; the resolution once the raise went out. An alert resolved
    /// before anyone heard of it owes nothing (telling someone "back on track" about a risk they never saw is noise).</summary>
    public AlertPhase? Owed => !WasNotified ? (IsResolved ? null : AlertPhase.Raised) : (IsResolved ? AlertPhase.Resolved : null);
}

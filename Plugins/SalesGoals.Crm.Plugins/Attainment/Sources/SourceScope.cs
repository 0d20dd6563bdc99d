using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>Who and when a recalculated goal covers: the assignee (and, for a team, its members) over the period's dates.</summary>
public sealed class SourceScope
{
    public SourceScope(IReadOnlyCollection<Guid> owners, IReadOnlyCollection<Guid> ownerTeamIds, DateTime start, DateTime end)
    {
        Owners = owners;
        OwnerTeamIds = ownerTeamIds;
        Start = start.Date;
        EndExclusive = end.Date.AddDays(1);
    }

    public IReadOnlyCollection<Guid> Owners { get; }

    /// <summary>The team a team goal belongs to; its members' records carry it as an owner team.</summary>
    public IReadOnlyCollection<Guid> OwnerTeamIds { get; }

    public DateTime Start { get; }

    /// <summary>The day after the period's last day: date-and-time columns count up to the end of that day.</summary>
    public DateTime EndExclusive { get; }

    /// <summary>
    /// For date-and-time columns (UTC instants): the period widened by a day on each side, so that every
    /// record whose date in the organization's time zone (at most 14 hours from UTC) lies in the period is
    /// read; the engine then keeps only those whose local date is inside the period.
    /// </summary>
    public DateTime WideStart => Start.AddDays(-1);

    public DateTime WideEndExclusive => EndExclusive.AddDays(1);
}

using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping.Users;

/// <summary>The result of matching an external user to a Dataverse user.</summary>
/// <param name="Outcome">Resolved, or why not.</param>
/// <param name="SystemUserId">The Dataverse user, when resolved.</param>
/// <param name="Source">The rule that decided (explicit table, e-mail, external id); null when no rule applied.</param>
/// <param name="Reason">A sentence for logs and the sync-health view.</param>
/// <param name="Candidates">The users that matched, when ambiguous or disabled.</param>
public sealed record UserResolution(
    UserResolutionOutcome Outcome,
    Guid? SystemUserId,
    UserMatchSource? Source,
    string Reason,
    IReadOnlyList<Guid> Candidates)
{
    public bool IsResolved => Outcome == UserResolutionOutcome.Resolved;
}

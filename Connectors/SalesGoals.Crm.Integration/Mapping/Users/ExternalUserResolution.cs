using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping.Users;

/// <summary>The result of finding a Dataverse user's account in the external system (for writing goal owners).</summary>
/// <param name="Outcome">Resolved, or why not.</param>
/// <param name="ExternalUserId">The external user id, when resolved.</param>
/// <param name="Source">The rule that decided.</param>
/// <param name="Reason">A sentence for logs and the sync-health view.</param>
/// <param name="Candidates">The external ids that matched, when ambiguous.</param>
public sealed record ExternalUserResolution(
    UserResolutionOutcome Outcome,
    string? ExternalUserId,
    UserMatchSource? Source,
    string Reason,
    IReadOnlyList<string> Candidates)
{
    public bool IsResolved => Outcome == UserResolutionOutcome.Resolved;
}

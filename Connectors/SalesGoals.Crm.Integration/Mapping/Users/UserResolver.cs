using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Mapping.Users;

/// <summary>Matches external users to Dataverse users: ops' explicit table first, then the mapping's strategy
/// (e-mail, case-insensitive, or external id). Disabled users never resolve; ambiguity is reported, never guessed.</summary>
public sealed class UserResolver
{
    private readonly CrmMapping mapping;
    private readonly Dictionary<Guid, DataverseUser> usersById;
    private readonly ILookup<string, UserMapEntry> explicitByExternalId;
    private readonly ILookup<string, DataverseUser> usersByEmail;
    private readonly ILookup<string, DataverseUser> usersByExternalId;

    public UserResolver(CrmMapping mapping, IReadOnlyList<DataverseUser> users)
    {
        this.mapping = mapping;
        usersById = users.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First());
        explicitByExternalId = mapping.Users.ToLookup(u => u.ExternalUserId, StringComparer.Ordinal);
        usersByEmail = users.Where(u => !string.IsNullOrWhiteSpace(u.Email)).ToLookup(u => u.Email!.Trim(), StringComparer.OrdinalIgnoreCase);
        usersByExternalId = users.Where(u => !string.IsNullOrEmpty(u.ExternalId)).ToLookup(u => u.ExternalId!, StringComparer.Ordinal);
    }

    public UserResolution Resolve(ExternalUserRef user) => Resolve(user.Id, user.Email);

    /// <summary>Resolves the external user with <paramref name="externalUserId"/> (and <paramref name="email"/> when the record gives it).</summary>
    public UserResolution Resolve(string externalUserId, string? email)
    {
        var explicitRows = explicitByExternalId[externalUserId].ToList();
        if (explicitRows.Count > 0)
        {
            return FromExplicitRows(externalUserId, explicitRows);
        }

        return mapping.UserMatch switch
        {
            UserMatchStrategy.ByEmail when string.IsNullOrWhiteSpace(email) => new(UserResolutionOutcome.MissingKey, null, UserMatchSource.Email,
                $"External user '{externalUserId}' has no e-mail to match on, and is not in the user table.", []),
            UserMatchStrategy.ByEmail => FromCandidates(UserMatchSource.Email, $"e-mail '{email!.Trim()}'", usersByEmail[email.Trim()].ToList()),
            UserMatchStrategy.ByExternalId => FromCandidates(UserMatchSource.ExternalId, $"external id '{externalUserId}'", usersByExternalId[externalUserId].ToList()),
            _ => new(UserResolutionOutcome.NotFound, null, null,
                $"External user '{externalUserId}' is not in the user table, and only the table counts for {mapping.System}.", []),
        };
    }

    private UserResolution FromExplicitRows(string externalUserId, List<UserMapEntry> rows)
    {
        var targets = rows.Select(r => r.SystemUserId).Distinct().ToList();
        if (targets.Count > 1)
        {
            return new(UserResolutionOutcome.Ambiguous, null, UserMatchSource.ExplicitTable,
                $"External user '{externalUserId}' has {targets.Count} rows in the user table pointing at different users.", targets);
        }

        var target = targets[0];
        if (!usersById.TryGetValue(target, out var user))
        {
            return new(UserResolutionOutcome.NotFound, null, UserMatchSource.ExplicitTable,
                $"External user '{externalUserId}' is mapped to Dataverse user {target}, which does not exist.", []);
        }

        return user.IsActive
            ? new(UserResolutionOutcome.Resolved, user.Id, UserMatchSource.ExplicitTable, $"Explicit row maps '{externalUserId}' to {Describe(user)}.", [user.Id])
            : new(UserResolutionOutcome.Disabled, null, UserMatchSource.ExplicitTable, $"External user '{externalUserId}' is mapped to {Describe(user)}, who is disabled.", [user.Id]);
    }

    private static UserResolution FromCandidates(UserMatchSource source, string key, List<DataverseUser> candidates)
    {
        var active = candidates.Where(u => u.IsActive).ToList();
        return active.Count switch
        {
            1 => new(UserResolutionOutcome.Resolved, active[0].Id, source, $"Matched {Describe(active[0])} by {key}.", [active[0].Id]),
            > 1 => new(UserResolutionOutcome.Ambiguous, null, source,
                $"{active.Count} active users match {key} ({string.Join(", ", active.Select(Describe))}); add an explicit row.", active.Select(u => u.Id).ToList()),
            _ when candidates.Count > 0 => new(UserResolutionOutcome.Disabled, null, source,
                $"Only disabled users match {key} ({string.Join(", ", candidates.Select(Describe))}).", candidates.Select(u => u.Id).ToList()),
            _ => new(UserResolutionOutcome.NotFound, null, source, $"No Dataverse user matches {key}.", []),
        };
    }

    private static string Describe(DataverseUser user) => user.FullName ?? user.Email ?? user.Id.ToString();
}

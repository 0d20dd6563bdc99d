using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Mapping.Users;

/// <summary>Matches external users to Dataverse users: ops' explicit table first, then the mapping's strategy
/// (e-mail, case-insensitive, or external id). Disabled users never resolve; ambiguity is reported, never guessed.</summary>
public sealed class UserResolver
{
    private readonly CrmMapping _mapping;
    private readonly Dictionary<Guid, DataverseUser> _usersById;
    private readonly ILookup<string, UserMapEntry> _explicitByExternalId;
    private readonly ILookup<string, DataverseUser> _usersByEmail;
    private readonly ILookup<string, DataverseUser> _usersByExternalId;

    public UserResolver(CrmMapping mapping, IReadOnlyList<DataverseUser> users)
    {
        _mapping = mapping;
        _usersById = users.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First());
        _explicitByExternalId = mapping.Users.ToLookup(u => u.ExternalUserId, StringComparer.Ordinal);
        _usersByEmail = users.Where(u => !string.IsNullOrWhiteSpace(u.Email)).ToLookup(u => u.Email!.Trim(), StringComparer.OrdinalIgnoreCase);
        _usersByExternalId = users.Where(u => !string.IsNullOrEmpty(u.ExternalId)).ToLookup(u => u.ExternalId!, StringComparer.Ordinal);
    }

    public UserResolution Resolve(ExternalUserRef user) => Resolve(user.Id, user.Email);

    /// <summary>Resolves the external user with <paramref name="externalUserId"/> (and <paramref name="email"/> when the record gives it).</summary>
    public UserResolution Resolve(string externalUserId, string? email)
    {
        var explicitRows = _explicitByExternalId[externalUserId].ToList();
        if (explicitRows.Count > 0)
        {
            return FromExplicitRows(externalUserId, explicitRows);
        }

        if (_mapping.SystemUserIds.Contains(externalUserId, StringComparer.Ordinal))
        {
            // Only an explicit row (a deliberate "house account") may take the system user's deals.
            return new(UserResolutionOutcome.NotFound, null, null,
                $"External user '{externalUserId}' is {_mapping.System}'s system user, not a person; reassign the record to a rep or map the system user explicitly.", []);
        }

        return _mapping.UserMatch switch
        {
            UserMatchStrategy.ByEmail when string.IsNullOrWhiteSpace(email) => new(UserResolutionOutcome.MissingKey, null, UserMatchSource.Email,
                $"External user '{externalUserId}' has no e-mail to match on, and is not in the user table.", []),
            UserMatchStrategy.ByEmail => FromCandidates(UserMatchSource.Email, $"e-mail '{email!.Trim()}'", _usersByEmail[email.Trim()].ToList()),
            UserMatchStrategy.ByExternalId => FromCandidates(UserMatchSource.ExternalId, $"external id '{externalUserId}'", _usersByExternalId[externalUserId].ToList()),
            _ => new(UserResolutionOutcome.NotFound, null, null,
                $"External user '{externalUserId}' is not in the user table, and only the table counts for {_mapping.System}.", []),
        };
    }

    /// <summary>Finds the external account of Dataverse user <paramref name="systemUserId"/>, the other way round:
    /// the explicit table first, then the strategy. Matching by e-mail needs the external system's user
    /// directory (<paramref name="externalDirectory"/>, e.g. Fenxiang's /cgi/user/list), since no vendor looks users up by e-mail.</summary>
    public ExternalUserResolution ResolveExternal(Guid systemUserId, IReadOnlyList<ExternalUserRef>? externalDirectory = null)
    {
        if (!_usersById.TryGetValue(systemUserId, out var user))
        {
            return new(UserResolutionOutcome.NotFound, null, null, $"Dataverse user {systemUserId} does not exist.", []);
        }

        if (!user.IsActive)
        {
            return new(UserResolutionOutcome.Disabled, null, null, $"{Describe(user)} is disabled in Dataverse.", []);
        }

        var explicitIds = _mapping.Users.Where(u => u.SystemUserId == systemUserId).Select(u => u.ExternalUserId).Distinct(StringComparer.Ordinal).ToList();
        if (explicitIds.Count > 0)
        {
            return FromExternalCandidates(UserMatchSource.ExplicitTable, user, explicitIds);
        }

        return _mapping.UserMatch switch
        {
            UserMatchStrategy.ByExternalId when !string.IsNullOrEmpty(user.ExternalId) => FromExternalCandidates(UserMatchSource.ExternalId, user, [user.ExternalId]),
            UserMatchStrategy.ByExternalId => new(UserResolutionOutcome.MissingKey, null, UserMatchSource.ExternalId, $"{Describe(user)} has no {_mapping.System} id stored in Dataverse.", []),
            UserMatchStrategy.ByEmail when string.IsNullOrWhiteSpace(user.Email) => new(UserResolutionOutcome.MissingKey, null, UserMatchSource.Email, $"{Describe(user)} has no e-mail to match on.", []),
            UserMatchStrategy.ByEmail when externalDirectory is null => new(UserResolutionOutcome.MissingKey, null, UserMatchSource.Email, $"Matching {Describe(user)} by e-mail needs {_mapping.System}'s user list.", []),
            UserMatchStrategy.ByEmail => FromExternalCandidates(UserMatchSource.Email, user, externalDirectory
                .Where(e => string.Equals(e.Email?.Trim(), user.Email!.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList()),
            _ => new(UserResolutionOutcome.NotFound, null, null, $"{Describe(user)} is not in the user table, and only the table counts for {_mapping.System}.", []),
        };
    }

    private ExternalUserResolution FromExternalCandidates(UserMatchSource source, DataverseUser user, List<string> ids) => ids.Count switch
    {
        1 => new(UserResolutionOutcome.Resolved, ids[0], source, $"{Describe(user)} is {_mapping.System} user '{ids[0]}'.", ids),
        0 => new(UserResolutionOutcome.NotFound, null, source, $"No {_mapping.System} user matches {Describe(user)}.", []),
        _ => new(UserResolutionOutcome.Ambiguous, null, source, $"{ids.Count} {_mapping.System} users match {Describe(user)} ({string.Join(", ", ids)}); keep one row.", ids),
    };

    private UserResolution FromExplicitRows(string externalUserId, List<UserMapEntry> rows)
    {
        var targets = rows.Select(r => r.SystemUserId).Distinct().ToList();
        if (targets.Count > 1)
        {
            return new(UserResolutionOutcome.Ambiguous, null, UserMatchSource.ExplicitTable,
                $"External user '{externalUserId}' has {targets.Count} rows in the user table pointing at different users.", targets);
        }

        var target = targets[0];
        if (!_usersById.TryGetValue(target, out var user))
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

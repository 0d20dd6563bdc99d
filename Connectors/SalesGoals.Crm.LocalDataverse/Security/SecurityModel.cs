using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.LocalDataverse.Storage;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Security;

/// <summary>
/// Users' roles and privileges. Role assignments live in the queryable tables systemuserroles,
/// teamroles and teammembership (so plug-ins can query them as in Dataverse); a role's privileges
/// (Dataverse's roleprivileges) are kept here by role id.
/// </summary>
internal sealed class SecurityModel(DataStore store)
{
    private readonly Dictionary<Guid, Dictionary<string, RolePrivilegeDepth>> _rolePrivileges = [];

    public void DefineRole(Guid roleId, IEnumerable<RolePrivilegeDefinition> privileges) =>
        _rolePrivileges[roleId] = privileges.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Max(p => p.Depth), StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Guid> TeamsOf(Guid userId)
    {
        var memberships = store.Table("teammembership");
        return memberships.Lookup("systemuserid", userId)
            .Select(id => memberships.Get(id)?.GetAttributeValue<Guid?>("teamid"))
            .OfType<Guid>();
    }

    public IEnumerable<Guid> RolesOf(Guid userId)
    {
        var assignments = store.Table("systemuserroles");
        var direct = assignments.Lookup("systemuserid", userId)
            .Select(id => assignments.Get(id)?.GetAttributeValue<Guid?>("roleid"))
            .OfType<Guid>();
        var teamRoles = store.Table("teamroles");
        var viaTeams = TeamsOf(userId).SelectMany(t => teamRoles.Lookup("teamid", t))
            .Select(id => teamRoles.Get(id)?.GetAttributeValue<Guid?>("roleid"))
            .OfType<Guid>();
        return direct.Concat(viaTeams).Distinct();
    }

    /// <summary>The deepest level at which the user holds the privilege, or null when none of the user's roles grant it.</summary>
    public RolePrivilegeDepth? DepthOf(Guid userId, string privilegeName)
    {
        RolePrivilegeDepth? best = null;
        foreach (var role in RolesOf(userId))
        {
            if (_rolePrivileges.TryGetValue(role, out var privileges) && privileges.TryGetValue(privilegeName, out var depth)
                && (best is null || depth > best))
            {
                best = depth;
            }
        }

        return best;
    }
}

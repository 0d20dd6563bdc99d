using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>Team memberships, so that team goals collect their members' records (read once per user per execution).</summary>
public sealed class OwnerTeams
{
    private readonly IOrganizationService _service;
    private readonly Dictionary<Guid, Guid[]> _teamsOfUser = new();

    public OwnerTeams(IOrganizationService service) => _service = service;

    /// <summary>A team owner is its own team; a user's teams come from teammembership; no owner has none.</summary>
    public IReadOnlyCollection<Guid> Of(EntityReference? owner)
    {
        if (owner == null || owner.Id == Guid.Empty)
        {
            return Array.Empty<Guid>();
        }

        if (owner.LogicalName == "team")
        {
            return new[] { owner.Id };
        }

        if (!_teamsOfUser.TryGetValue(owner.Id, out var teams))
        {
            var query = new QueryExpression(PlatformTables.TeamMembership) { ColumnSet = new ColumnSet(PlatformTables.TeamId) };
            query.Criteria.AddCondition(PlatformTables.SystemUserId, ConditionOperator.Equal, owner.Id);
            teams = _service.RetrieveMultiple(query).Entities.Select(t => t.GetAttributeValue<Guid>(PlatformTables.TeamId)).ToArray();
            _teamsOfUser[owner.Id] = teams;
        }

        return teams;
    }

    /// <summary>The users in a team.</summary>
    public Guid[] Members(Guid teamId)
    {
        var query = new QueryExpression(PlatformTables.TeamMembership) { ColumnSet = new ColumnSet(PlatformTables.SystemUserId) };
        query.Criteria.AddCondition(PlatformTables.TeamId, ConditionOperator.Equal, teamId);
        return _service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<Guid>(PlatformTables.SystemUserId)).ToArray();
    }
}

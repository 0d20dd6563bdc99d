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
    private const string TeamsAlias = "owner_teams";
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

    /// <summary>Adds an outer join from a user lookup to the user's team memberships (a team owner joins nothing).</summary>
    public static void JoinTeams(QueryExpression query, string ownerColumn)
    {
        var link = query.AddLink(PlatformTables.TeamMembership, ownerColumn, PlatformTables.SystemUserId, JoinOperator.LeftOuter);
        link.EntityAlias = TeamsAlias;
        link.Columns = new ColumnSet(PlatformTables.TeamId);
    }

    /// <summary>The owner's teams from rows read with <see cref="JoinTeams"/> (one row per membership), remembered for this execution.</summary>
    public IReadOnlyCollection<Guid> Remember(EntityReference? owner, IEnumerable<Entity> joinedRows)
    {
        if (owner != null && owner.Id != Guid.Empty && owner.LogicalName != "team")
        {
            _teamsOfUser[owner.Id] = joinedRows
                .Select(r => r.GetAttributeValue<AliasedValue>(TeamsAlias + "." + PlatformTables.TeamId)?.Value)
                .OfType<Guid>()
                .Distinct()
                .ToArray();
        }

        return Of(owner);
    }

    /// <summary>The users in a team.</summary>
    public Guid[] Members(Guid teamId)
    {
        var query = new QueryExpression(PlatformTables.TeamMembership) { ColumnSet = new ColumnSet(PlatformTables.SystemUserId) };
        query.Criteria.AddCondition(PlatformTables.TeamId, ConditionOperator.Equal, teamId);
        return _service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<Guid>(PlatformTables.SystemUserId)).ToArray();
    }
}

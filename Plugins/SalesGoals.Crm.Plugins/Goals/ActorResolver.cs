using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Who is acting: their teams and whether they hold the goal-manager role (rule 6), directly or
/// through a team (roles are often given to an Entra ID group team rather than to each person).</summary>
public static class ActorResolver
{
    public static ActingUser Resolve(IOrganizationService service, Guid userId)
    {
        // Stryker disable once Initializer : the rows are only counted; without the column set no column is read, the count is the same.
        var roles = new QueryExpression(PlatformTables.Role) { ColumnSet = new ColumnSet(PlatformTables.RoleName) };
        roles.Criteria.AddCondition(PlatformTables.RoleName, ConditionOperator.Equal, PlatformTables.GoalManagerRoleName);
        var link = roles.AddLink(PlatformTables.SystemUserRoles, PlatformTables.RoleId, PlatformTables.RoleId);
        link.LinkCriteria.AddCondition(PlatformTables.SystemUserId, ConditionOperator.Equal, userId);
        var isManager = service.RetrieveMultiple(roles).Entities.Count > 0;

        var teams = new QueryExpression(PlatformTables.TeamMembership) { ColumnSet = new ColumnSet(PlatformTables.TeamId) };
        teams.Criteria.AddCondition(PlatformTables.SystemUserId, ConditionOperator.Equal, userId);
        var teamIds = service.RetrieveMultiple(teams).Entities.Select(t => t.GetAttributeValue<Guid>(PlatformTables.TeamId)).ToArray();
        if (!isManager && teamIds.Length > 0)
        {
            var teamRoles = new QueryExpression(PlatformTables.Role) { ColumnSet = new ColumnSet(PlatformTables.RoleName), TopCount = 1 };
            teamRoles.Criteria.AddCondition(PlatformTables.RoleName, ConditionOperator.Equal, PlatformTables.GoalManagerRoleName);
            var viaTeam = teamRoles.AddLink(PlatformTables.TeamRoles, PlatformTables.RoleId, PlatformTables.RoleId);
            viaTeam.LinkCriteria.AddCondition(PlatformTables.TeamId, ConditionOperator.In, teamIds.Cast<object>().ToArray());
            isManager = service.RetrieveMultiple(teamRoles).Entities.Count > 0;
        }

        return new ActingUser(userId, isManager) { TeamIds = teamIds };
    }
}

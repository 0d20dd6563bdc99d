using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Who is acting: their teams and whether they hold the goal-manager role (rule 6).</summary>
public static class ActorResolver
{
    public static ActingUser Resolve(IOrganizationService service, Guid userId)
    {
        var roles = new QueryExpression(PlatformTables.Role) { ColumnSet = new ColumnSet(PlatformTables.RoleName) };
        roles.Criteria.AddCondition(PlatformTables.RoleName, ConditionOperator.Equal, PlatformTables.GoalManagerRoleName);
        var link = roles.AddLink(PlatformTables.SystemUserRoles, PlatformTables.RoleId, PlatformTables.RoleId);
        link.LinkCriteria.AddCondition(PlatformTables.SystemUserId, ConditionOperator.Equal, userId);
        var isManager = service.RetrieveMultiple(roles).Entities.Count > 0;

        var teams = new QueryExpression(PlatformTables.TeamMembership) { ColumnSet = new ColumnSet(PlatformTables.TeamId) };
        teams.Criteria.AddCondition(PlatformTables.SystemUserId, ConditionOperator.Equal, userId);
        var teamIds = service.RetrieveMultiple(teams).Entities.Select(t => t.GetAttributeValue<Guid>(PlatformTables.TeamId)).ToArray();
        return new ActingUser(userId, isManager) { TeamIds = teamIds };
    }
}

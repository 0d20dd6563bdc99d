using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Adjustment and organization reads over an organization service (SYSTEM: the workflow sees every goal line).</summary>
public sealed class AdjustmentRepository : IAdjustmentRepository
{
    private readonly IOrganizationService _service;
    private readonly Dictionary<Guid, Entity?> _users = [];

    public AdjustmentRepository(IOrganizationService service) => _service = service;

    public Entity? Find(Guid adjustmentId)
    {
        var query = new QueryExpression(SgGoalAdjustment.LogicalName) { ColumnSet = new ColumnSet(true), TopCount = 1 };
        query.Criteria.AddCondition(SgGoalAdjustment.Fields.Id, ConditionOperator.Equal, adjustmentId);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    public IReadOnlyList<Entity> Lines(Guid adjustmentId)
    {
        var query = new QueryExpression(SgGoalAdjustmentLine.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(SgGoalAdjustmentLine.Fields.AdjustmentId, ConditionOperator.Equal, adjustmentId);
        return [.. _service.RetrieveMultiple(query).Entities];
    }

    public Guid? ManagerOf(Guid userId) => User(userId)?.GetAttributeValue<EntityReference>(PlatformTables.ParentSystemUserId)?.Id;

    public string NameOf(Guid userId) => User(userId)?.GetAttributeValue<string>(PlatformTables.FullName) ?? userId.ToString();

    public int LanguageOf(Guid userId)
    {
        var query = new QueryExpression(PlatformTables.UserSettings) { ColumnSet = new ColumnSet(PlatformTables.UiLanguageId), TopCount = 1 };
        query.Criteria.AddCondition(PlatformTables.SystemUserId, ConditionOperator.Equal, userId);
        var settings = _service.RetrieveMultiple(query).Entities;
        return settings.Count == 0 ? 1033 : settings[0].GetAttributeValue<int?>(PlatformTables.UiLanguageId) ?? 1033;
    }

    public IReadOnlyList<Guid> GoalManagers()
    {
        var query = new QueryExpression(PlatformTables.SystemUserRoles) { ColumnSet = new ColumnSet(PlatformTables.SystemUserId) };
        var role = query.AddLink(PlatformTables.Role, PlatformTables.RoleId, PlatformTables.RoleId);
        role.LinkCriteria.AddCondition(PlatformTables.RoleName, ConditionOperator.Equal, PlatformTables.GoalManagerRoleName);
        var direct = _service.RetrieveMultiple(query).Entities.Select(r => r.GetAttributeValue<Guid>(PlatformTables.SystemUserId));

        // Holders through a team: members of every team that holds the role.
        var teams = new QueryExpression(PlatformTables.TeamRoles) { ColumnSet = new ColumnSet(PlatformTables.TeamId) };
        var teamRole = teams.AddLink(PlatformTables.Role, PlatformTables.RoleId, PlatformTables.RoleId);
        teamRole.LinkCriteria.AddCondition(PlatformTables.RoleName, ConditionOperator.Equal, PlatformTables.GoalManagerRoleName);
        var viaTeams = _service.RetrieveMultiple(teams).Entities.Select(t => t.GetAttributeValue<Guid>(PlatformTables.TeamId)).Distinct().SelectMany(TeamMembers);
        return direct.Concat(viaTeams).Distinct().ToList();
    }

    public IReadOnlyList<Guid> TeamMembers(Guid teamId)
    {
        var query = new QueryExpression(PlatformTables.TeamMembership) { ColumnSet = new ColumnSet(PlatformTables.SystemUserId) };
        query.Criteria.AddCondition(PlatformTables.TeamId, ConditionOperator.Equal, teamId);
        return _service.RetrieveMultiple(query).Entities.Select(r => r.GetAttributeValue<Guid>(PlatformTables.SystemUserId)).ToList();
    }

    private Entity? User(Guid userId)
    {
        if (!_users.TryGetValue(userId, out var user))
        {
            var query = new QueryExpression(PlatformTables.SystemUser) { ColumnSet = new ColumnSet(PlatformTables.FullName, PlatformTables.ParentSystemUserId), TopCount = 1 };
            query.Criteria.AddCondition(PlatformTables.SystemUserId, ConditionOperator.Equal, userId);
            user = _service.RetrieveMultiple(query).Entities.FirstOrDefault();
            _users[userId] = user;
        }

        return user;
    }
}

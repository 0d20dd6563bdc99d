using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>What users do with an adjustment request, and what the tests read back.</summary>
public static class AdjustmentFlow
{
    public static AdjustmentBuilder Adjustment(this GoalWorld world, string name) => new(world, name);

    public static void Submit(GoalWorld world, Guid id, Guid asUser) => SetStatus(world, id, asUser, SgGoalAdjustment.Options.StatusSubmitted);

    public static void Approve(GoalWorld world, Guid id, Guid asUser) => SetStatus(world, id, asUser, SgGoalAdjustment.Options.StatusApproved);

    public static void Reject(GoalWorld world, Guid id, Guid asUser, string? comment) =>
        world.Env.GetOrganizationService(asUser).Update(new Entity(SgGoalAdjustment.LogicalName, id)
        {
            [A.Status] = new OptionSetValue(SgGoalAdjustment.Options.StatusRejected),
            [A.DecisionComment] = comment,
        });

    public static void SetStatus(GoalWorld world, Guid id, Guid asUser, int status) =>
        world.Env.GetOrganizationService(asUser).Update(new Entity(SgGoalAdjustment.LogicalName, id) { [A.Status] = new OptionSetValue(status) });

    public static Entity Request(GoalWorld world, Guid id) => world.AsSystem.Retrieve(SgGoalAdjustment.LogicalName, id, new ColumnSet(true));

    /// <summary>The request's status option, null for a draft.</summary>
    public static int? Status(GoalWorld world, Guid id) => Request(world, id).GetAttributeValue<OptionSetValue>(A.Status)?.Value;

    public static IReadOnlyList<Entity> Lines(GoalWorld world, Guid id) => Where(world, SgGoalAdjustmentLine.LogicalName, SgGoalAdjustmentLine.Fields.AdjustmentId, id);

    /// <summary>In-app notifications a user received (appnotification rows they own).</summary>
    public static IReadOnlyList<Entity> Notifications(GoalWorld world, Guid userId) => Where(world, AppNotification.LogicalName, AppNotification.Fields.OwnerId, userId);

    public static int AllNotifications(GoalWorld world) => All(world, AppNotification.LogicalName).Count;

    public static IReadOnlyList<Entity> History(GoalWorld world, Guid goalId) => Where(world, SgGoalHistory.LogicalName, SgGoalHistory.Fields.GoalId, goalId);

    public static int AllHistory(GoalWorld world) => All(world, SgGoalHistory.LogicalName).Count;

    public static decimal Target(GoalWorld world, Guid goalId) => world.Read(goalId).GetAttributeValue<decimal>(SgGoal.Fields.TargetValue);

    private static List<Entity> Where(GoalWorld world, string table, string column, Guid value)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
        return [.. world.AsSystem.RetrieveMultiple(query).Entities];
    }

    private static List<Entity> All(GoalWorld world, string table) =>
        [.. world.AsSystem.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities];
}

using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Alerts;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAlert.Fields;
using G = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;
using O = SalesGoals.Crm.Plugins.Schema.OpportunityTable.Fields;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>goals.md §7: one at-risk alert per episode with the assignee's top open opportunities, resolved on recovery; achieved and stretch announced.</summary>
public sealed class AlertService
{
    private const int TopCount = 5;
    private readonly IOrganizationService _service;
    private readonly IClock _clock;

    public AlertService(IOrganizationService service, IClock clock)
    {
        _service = service;
        _clock = clock;
    }

    public void React(Entity goal, ProgressChange change)
    {
        var mayHaveOpenAlert = change.Result is { } result && (result.Status == ProgressStatus.AtRisk || change.OldStatus == ProgressStatus.AtRisk);
        React(goal, change, mayHaveOpenAlert ? OpenAtRiskAlert(goal.Id) : null);
    }

    /// <summary>As <see cref="React(Entity, ProgressChange)"/> with the goal's open at-risk alert already read (null: none).</summary>
    public void React(Entity goal, ProgressChange change, Entity? open)
    {
        if (change.Result is not { } result)
        {
            return;
        }

        var decision = AlertDecider.Decide(change.OldTier, open != null, result.Status, result.Tier);
        if (decision.RaiseAtRisk)
        {
            Raise(goal, SgGoalAlert.Options.KindAtRisk, result.PaceGapPercent, TopOpportunities(goal));
        }

        if (decision.ResolveAtRisk && open != null)
        {
            _service.Update(new Entity(SgGoalAlert.LogicalName, open.Id)
            {
                [A.AlertStatus] = new OptionSetValue(SgGoalAlert.Options.StatusResolved),
                [A.ResolvedOn] = _clock.UtcNow.UtcDateTime,
            });
        }

        if (decision.AnnounceAchieved)
        {
            Raise(goal, SgGoalAlert.Options.KindAchieved, null, null);
        }

        if (decision.AnnounceStretch)
        {
            Raise(goal, SgGoalAlert.Options.KindStretch, null, null);
        }
    }

    private Entity? OpenAtRiskAlert(Guid goalId)
    {
        var query = new QueryExpression(SgGoalAlert.LogicalName) { ColumnSet = new ColumnSet(A.AlertStatus), TopCount = 1 };
        query.Criteria.AddCondition(A.GoalId, ConditionOperator.Equal, goalId);
        query.Criteria.AddCondition(A.Kind, ConditionOperator.Equal, SgGoalAlert.Options.KindAtRisk);
        query.Criteria.AddCondition(A.AlertStatus, ConditionOperator.Equal, SgGoalAlert.Options.StatusOpen);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    private void Raise(Entity goal, int kind, decimal? gap, string? topOpportunities)
    {
        var assignee = goal.GetAttributeValue<EntityReference>(G.AssigneeUserId);
        var alert = new Entity(SgGoalAlert.LogicalName)
        {
            [A.Name] = goal.GetAttributeValue<string>(G.Name),
            [A.GoalId] = goal.ToEntityReference(),
            [A.Kind] = new OptionSetValue(kind),
            [A.AlertStatus] = new OptionSetValue(SgGoalAlert.Options.StatusOpen),
            [A.RaisedOn] = _clock.UtcNow.UtcDateTime,
            [A.PaceGapAtRaise] = gap,
            [A.TopOpportunities] = topOpportunities,
        };
        if (assignee != null)
        {
            alert[A.AssigneeId] = assignee;
            alert[A.OwnerId] = assignee;
        }

        _service.Create(alert);
    }

    // The assignee's open opportunities expected to close in the goal's period, ranked by estimated value × probability.
    private string? TopOpportunities(Entity goal)
    {
        var owner = goal.GetAttributeValue<EntityReference>(G.AssigneeUserId) ?? goal.GetAttributeValue<EntityReference>(G.AssigneeTeamId);
        if (owner == null)
        {
            return null;
        }

        var query = new QueryExpression(OpportunityTable.LogicalName) { ColumnSet = new ColumnSet(O.Name, O.EstimatedValueBase, O.CloseProbability), TopCount = 50 };
        query.Criteria.AddCondition(O.OwnerId, ConditionOperator.Equal, owner.Id);
        query.Criteria.AddCondition(O.StateCode, ConditionOperator.Equal, OpportunityTable.States.Open);
        if (goal.GetAttributeValue<DateTime?>(G.PeriodStart) is { } start && goal.GetAttributeValue<DateTime?>(G.PeriodEnd) is { } end)
        {
            query.Criteria.AddCondition(O.EstimatedCloseDate, ConditionOperator.Between, start, end);
        }

        query.AddOrder(O.EstimatedValueBase, OrderType.Descending);
        var ranked = _service.RetrieveMultiple(query).Entities
            .Select(o => new { o.Id, Name = o.GetAttributeValue<string>(O.Name), Weighted = (o.GetAttributeValue<Money>(O.EstimatedValueBase)?.Value ?? 0m) * (o.GetAttributeValue<int?>(O.CloseProbability) ?? 0) / 100m })
            .OrderByDescending(o => o.Weighted)
            .Take(TopCount);
        var json = new StringBuilder("[");
        foreach (var o in ranked)
        {
            json.Append(json.Length > 1 ? "," : "")
                .Append("{\"id\":\"").Append(o.Id.ToString("D")).Append("\",\"name\":\"").Append(Escape(o.Name)).Append("\",\"weighted\":")
                .Append(o.Weighted.ToString("0.##", CultureInfo.InvariantCulture)).Append('}');
        }

        return json.Append(']').ToString();
    }

    private static string Escape(string? text) =>
        (text ?? "").Replace("\\", "\\\\").Replace("\"", "\\\"");
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Alerts;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAlert.Fields;
using G = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;
using L = SalesGoals.Crm.Plugins.Schema.LeadTable.Fields;
using O = SalesGoals.Crm.Plugins.Schema.OpportunityTable.Fields;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>goals.md §7: one at-risk alert per episode with the assignee's top open opportunities and leads, resolved on recovery; achieved and stretch announced.</summary>
public sealed class AlertService
{
    private const int TopCount = 5;

    /// <summary>The probability a lead is weighted with (leads have no close probability): a typical lead-to-win rate.</summary>
    public const decimal LeadProbability = 0.10m;
    private readonly IOrganizationService _service;
    private readonly IClock _clock;
    private List<Entity>? _deferred;

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
            Resolve(open.Id, SgGoalAlert.Options.ResolutionBackOnTrack);
        }

        Announce(goal, decision);
    }

    /// <summary>
    /// The goal's last evaluation, written as its period ends and it closes: an open at-risk alert is closed as
    /// "period ended" (however far behind the goal finished — it did not get back on track, and nobody can catch up any
    /// more), and no at-risk alert is raised, since a finished period has nothing left to follow up. Reaching the target or
    /// stretch in that evaluation is still announced. A closed goal is never evaluated again, so this runs once per goal.
    /// </summary>
    public void ReactToPeriodEnd(Entity goal, ProgressChange change)
    {
        if (OpenAtRiskAlert(goal.Id) is { } open)
        {
            Resolve(open.Id, SgGoalAlert.Options.ResolutionPeriodEnded);
        }

        if (change.Result is { } result)
        {
            // Only the announcements are taken from the decision: the at-risk episode ended above.
            // Stryker disable once Boolean : the announcements depend on the tiers alone, never on whether an alert is open.
            Announce(goal, AlertDecider.Decide(change.OldTier, atRiskAlertOpen: true, result.Status, result.Tier));
        }
    }

    private void Resolve(Guid alertId, int resolution) =>
        _service.Update(new Entity(SgGoalAlert.LogicalName, alertId)
        {
            [A.AlertStatus] = new OptionSetValue(SgGoalAlert.Options.StatusResolved),
            [A.ResolvedOn] = _clock.UtcNow.UtcDateTime,
            [A.Resolution] = new OptionSetValue(resolution),
        });

    private void Announce(Entity goal, AlertDecision decision)
    {
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
        // Stryker disable once Initializer : a goal has at most one open at-risk alert (one per episode) and only its id is used.
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

        if (_deferred is not null)
        {
            _deferred.Add(alert);
        }
        else
        {
            _service.Create(alert);
        }
    }

    /// <summary>From now on new alerts are kept until <see cref="CreateDeferred"/>, so the alerts of many goals written
    /// together (a batch of recalculated leaves) are created with one request, not one each.</summary>
    // Stryker disable once Assignment : every Defer is followed by CreateDeferred, which empties the list, so it is null here.
    public void Defer() => _deferred ??= [];

    /// <summary>Creates the alerts kept since <see cref="Defer"/>: one by Create, more by one CreateMultiple.</summary>
    public void CreateDeferred()
    {
        var alerts = _deferred;
        _deferred = null;
        if (alerts is not { Count: > 0 })
        {
            return;
        }

        if (alerts.Count == 1)
        {
            _service.Create(alerts[0]);
            return;
        }

        _service.Execute(new CreateMultipleRequest { Targets = new EntityCollection(alerts) { EntityName = SgGoalAlert.LogicalName } });
    }

    // The assignee's open opportunities and leads expected to close in the goal's period (leads without a date too),
    // ranked by estimated value × probability, then by the nearest close date. Leads carry no probability: they count
    // at LeadProbability, so a lead outranks an opportunity only when it is much larger.
    private string? TopOpportunities(Entity goal)
    {
        var owner = goal.GetAttributeValue<EntityReference>(G.AssigneeUserId) ?? goal.GetAttributeValue<EntityReference>(G.AssigneeTeamId);
        if (owner == null)
        {
            return null;
        }

        var start = goal.GetAttributeValue<DateTime?>(G.PeriodStart);
        var end = goal.GetAttributeValue<DateTime?>(G.PeriodEnd);
        var opportunities = new QueryExpression(OpportunityTable.LogicalName) { ColumnSet = new ColumnSet(O.Name, O.EstimatedValueBase, O.CloseProbability, O.EstimatedCloseDate), TopCount = 50 };
        opportunities.Criteria.AddCondition(O.OwnerId, ConditionOperator.Equal, owner.Id);
        opportunities.Criteria.AddCondition(O.StateCode, ConditionOperator.Equal, OpportunityTable.States.Open);
        if (start is { } from && end is { } to)
        {
            opportunities.Criteria.AddCondition(O.EstimatedCloseDate, ConditionOperator.Between, from, to);
        }

        opportunities.AddOrder(O.EstimatedValueBase, OrderType.Descending);
        var leads = new QueryExpression(LeadTable.LogicalName) { ColumnSet = new ColumnSet(L.FullName, L.Subject, L.EstimatedAmountBase, L.EstimatedCloseDate), TopCount = 50 };
        leads.Criteria.AddCondition(L.OwnerId, ConditionOperator.Equal, owner.Id);
        leads.Criteria.AddCondition(L.StateCode, ConditionOperator.Equal, LeadTable.States.Open);
        if (start is { } leadFrom && end is { } leadTo)
        {
            var inPeriod = leads.Criteria.AddFilter(LogicalOperator.Or);
            inPeriod.AddCondition(L.EstimatedCloseDate, ConditionOperator.Null);
            var between = inPeriod.AddFilter(LogicalOperator.And);
            between.AddCondition(L.EstimatedCloseDate, ConditionOperator.Between, leadFrom, leadTo);
        }

        leads.AddOrder(L.EstimatedAmountBase, OrderType.Descending);
        var ranked = _service.RetrieveMultiple(opportunities).Entities
            .Select(o => new FollowUpItem(o.Id, o.GetAttributeValue<string>(O.Name), (o.GetAttributeValue<Money>(O.EstimatedValueBase)?.Value ?? 0m) * (o.GetAttributeValue<int?>(O.CloseProbability) ?? 0) / 100m, o.GetAttributeValue<DateTime?>(O.EstimatedCloseDate), false))
            .Concat(_service.RetrieveMultiple(leads).Entities
                .Select(l => new FollowUpItem(l.Id, l.GetAttributeValue<string>(L.Subject) ?? l.GetAttributeValue<string>(L.FullName), (l.GetAttributeValue<Money>(L.EstimatedAmountBase)?.Value ?? 0m) * LeadProbability, l.GetAttributeValue<DateTime?>(L.EstimatedCloseDate), true)))
            .OrderByDescending(f => f.Weighted)
            .ThenBy(f => f.Close ?? DateTime.MaxValue)
            .Take(TopCount);
        var json = new StringBuilder("[");
        foreach (var f in ranked)
        {
            // Stryker disable once String : Guid.ToString("") is the "D" format; the same text is written.
            json.Append(json.Length > 1 ? "," : "")
                .Append("{\"id\":\"").Append(f.Id.ToString("D")).Append("\",\"name\":\"").Append(Escape(f.Name)).Append("\",\"weighted\":")
                .Append(f.Weighted.ToString("0.##", CultureInfo.InvariantCulture)).Append(",\"kind\":\"").Append(f.IsLead ? "lead" : "opportunity").Append('"');
            if (f.Close is { } close)
            {
                json.Append(",\"close\":\"").Append(close.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('"');
            }

            json.Append('}');
        }

        return json.Append(']').ToString();
    }

    private static string Escape(string? text) =>
        (text ?? "").Replace("\\", "\\\\").Replace("\"", "\\\"");
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Attainment;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;
using O = SalesGoals.Crm.Plugins.Schema.OpportunityTable.Fields;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>
/// Rebuilds a goal's ledger and actual from the source records (the repair path, and what
/// activation runs so a goal created after its deals picks them up). Parents get the sum of
/// their children. This reads every matching record, so it is not the per-win hot path.
/// </summary>
public sealed class RecalculationService
{
    private readonly IOrganizationService _service;
    private readonly IGoalRepository _goals;
    private readonly ILedgerRepository _ledger;
    private readonly GoalProgressWriter _progress;
    private readonly CurrencyRates _rates;

    public RecalculationService(IOrganizationService service, IGoalRepository goals, ILedgerRepository ledger, GoalProgressWriter progress, CurrencyRates rates)
    {
        _service = service;
        _goals = goals;
        _ledger = ledger;
        _progress = progress;
        _rates = rates;
    }

    /// <summary>Recalculates the goal and everything below it; returns the goal's new actual parts.</summary>
    public MetricTotals Recalculate(Guid goalId)
    {
        var goal = _goals.Find(goalId) ?? throw new InvalidPluginExecutionException($"No goal with id {goalId}.");
        var children = _goals.Children(goalId);
        var total = children.Count > 0
            ? children.Aggregate(MetricTotals.Zero, (sum, child) => sum + Recalculate(child.Id))
            : RebuildLeaf(goal);
        _progress.Apply(_goals.Find(goalId)!, null, total);
        return total;
    }

    private MetricTotals RebuildLeaf(Entity goal)
    {
        var code = goal.GetAttributeValue<EntityReference>(F.MetricId) is { } m ? _goals.MetricCode(m.Id) : null;
        if (code == null || !MetricPresets.TryGet(code, out var metric) || metric.SourceTable != OpportunityTable.LogicalName)
        {
            return LedgerMath.Recompute(_ledger.ForGoal(goal.Id));
        }

        var snapshot = GoalMapper.ToSnapshot(goal, code, metric.FixedPrecision ?? 2);
        var rate = _rates.RateOf(goal.GetAttributeValue<EntityReference>(F.CurrencyId)?.Id);
        var desired = new List<LedgerEntry>();
        var teams = snapshot.Assignee is { Kind: GoalEngine.Goals.AssigneeKind.Team } team ? new[] { team.Id } : [];
        foreach (var row in ClosedOpportunities(goal, snapshot.Assignee))
        {
            var fact = OpportunityFacts.From(row, teams);
            desired.AddRange(LedgerMath.Plan(fact, [snapshot], c => MetricPresets.TryGet(c, out var d) ? d : null, _ => rate));
        }

        foreach (var change in LedgerMath.Diff(_ledger.ForGoal(goal.Id), desired))
        {
            _ledger.Write(change, OpportunityTable.LogicalName, DateTime.MinValue, goal.GetAttributeValue<EntityReference>(F.OwnerId));
        }

        return LedgerMath.Recompute(desired);
    }

    private IEnumerable<Entity> ClosedOpportunities(Entity goal, GoalEngine.Goals.Assignee? assignee)
    {
        if (assignee is not { } who || goal.GetAttributeValue<DateTime?>(F.PeriodStart) is not { } start || goal.GetAttributeValue<DateTime?>(F.PeriodEnd) is not { } end)
        {
            return [];
        }

        var owners = who.Kind == GoalEngine.Goals.AssigneeKind.User ? [who.Id] : Members(who.Id).Concat(new[] { who.Id }).ToArray();
        var query = new QueryExpression(OpportunityTable.LogicalName) { ColumnSet = new ColumnSet(OpportunityFacts.Columns) };
        query.Criteria.AddCondition(O.OwnerId, ConditionOperator.In, owners.Select(o => (object)o).ToArray());
        query.Criteria.AddCondition(O.StateCode, ConditionOperator.In, OpportunityTable.States.Won, OpportunityTable.States.Lost);
        query.Criteria.AddCondition(O.ActualCloseDate, ConditionOperator.Between, start, end);
        return _service.RetrieveMultiple(query).Entities;
    }

    private Guid[] Members(Guid teamId)
    {
        var query = new QueryExpression(PlatformTables.TeamMembership) { ColumnSet = new ColumnSet(PlatformTables.SystemUserId) };
        query.Criteria.AddCondition(PlatformTables.TeamId, ConditionOperator.Equal, teamId);
        return _service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<Guid>(PlatformTables.SystemUserId)).ToArray();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>
/// The hot path (goals.md §4): find the matching active leaf goals with one bounded query, diff the
/// record's ledger rows (read by source), write the changes and add the net deltas to the leaves and
/// their ancestors. Nothing here reads all of a goal's contributions, so the cost of a win does not
/// grow with how many records a goal already counts.
/// </summary>
public sealed class AttainmentService : IAttainmentService
{
    private readonly IOrganizationService _service;
    private readonly IGoalRepository _goals;
    private readonly ILedgerRepository _ledger;
    private readonly GoalProgressWriter _progress;
    private readonly CurrencyRates _rates;
    private readonly Dictionary<Guid, Entity> _goalRows = new();

    public AttainmentService(IOrganizationService service, IGoalRepository goals, ILedgerRepository ledger, GoalProgressWriter progress, CurrencyRates rates)
    {
        _service = service;
        _goals = goals;
        _ledger = ledger;
        _progress = progress;
        _rates = rates;
    }

    public int GoalsTouched { get; private set; }

    public void SyncOpportunity(Guid opportunityId)
    {
        var row = _service.Retrieve(OpportunityTable.LogicalName, opportunityId, new ColumnSet(OpportunityFacts.Columns));
        var owner = row.GetAttributeValue<EntityReference>(OpportunityTable.Fields.OwnerId);
        var teams = owner == null ? [] : TeamsOf(owner);
        var fact = OpportunityFacts.From(row, teams);
        Sync(fact, row.GetAttributeValue<DateTime?>(OpportunityTable.Fields.ActualCloseDate) ?? DateTime.MinValue);
    }

    public void Remove(string table, Guid recordId) => Sync(OpportunityFacts.Deleted(table, recordId), DateTime.MinValue);

    private void Sync(SourceFact fact, DateTime sourceDate)
    {
        var stored = _ledger.ForSource(fact.SourceTable, fact.RecordId);
        var leaves = fact.State == SourceStates.Open ? [] : CandidateLeaves(fact);
        var desired = LedgerMath.Plan(fact, leaves.Select(Snapshot), code => MetricPresets.TryGet(code, out var m) ? m : null, RateFor);
        var changes = LedgerMath.Diff(stored, desired);
        foreach (var change in changes)
        {
            _ledger.Write(change, fact.SourceTable, sourceDate, GoalRow(change.Key.GoalId)?.GetAttributeValue<EntityReference>(F.OwnerId));
        }

        var deltas = LedgerMath.Rollup(changes, id => GoalRow(id)?.GetAttributeValue<EntityReference>(F.ParentGoalId)?.Id);
        GoalsTouched = deltas.Count;
        foreach (var delta in deltas)
        {
            if (GoalRow(delta.GoalId) is { } goal)
            {
                _progress.Apply(goal, delta.Delta);
            }
        }
    }

    // One query: active leaf goals of the owner (or the owner's teams) on a metric of this source
    // table whose period contains the date. Dimensions and flags are matched by the engine.
    private List<Entity> CandidateLeaves(SourceFact fact)
    {
        var metricIds = MetricPresets.All.Where(m => string.Equals(m.SourceTable, fact.SourceTable, StringComparison.OrdinalIgnoreCase))
            .Select(m => _goals.MetricId(m.Code)).Where(id => id.HasValue).Select(id => (object)id!.Value).ToArray();
        if (metricIds.Length == 0)
        {
            return [];
        }

        var date = fact.Date.ToDateTime();
        var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(F.GoalStatus, ConditionOperator.Equal, SgGoal.Options.StatusActive);
        query.Criteria.AddCondition(F.MetricId, ConditionOperator.In, metricIds);
        query.Criteria.AddCondition(F.PeriodStart, ConditionOperator.LessEqual, date);
        query.Criteria.AddCondition(F.PeriodEnd, ConditionOperator.GreaterEqual, date);
        var leaf = query.Criteria.AddFilter(LogicalOperator.Or);
        leaf.AddCondition(F.SplitAxis, ConditionOperator.Null);
        leaf.AddCondition(F.SplitAxis, ConditionOperator.Equal, SgGoal.Options.First);
        var scope = query.Criteria.AddFilter(LogicalOperator.Or);
        scope.AddCondition(F.AssigneeUserId, ConditionOperator.Equal, fact.OwnerId);
        if (fact.OwnerTeamIds.Count > 0)
        {
            scope.AddCondition(F.AssigneeTeamId, ConditionOperator.In, fact.OwnerTeamIds.Select(t => (object)t).ToArray());
        }

        var rows = _service.RetrieveMultiple(query).Entities.ToList();
        foreach (var row in rows)
        {
            _goalRows[row.Id] = row;
        }

        return rows;
    }

    private Entity? GoalRow(Guid goalId)
    {
        if (!_goalRows.TryGetValue(goalId, out var row))
        {
            row = _goals.Find(goalId);
            if (row != null)
            {
                _goalRows[goalId] = row;
            }
        }

        return row;
    }

    private GoalSnapshot Snapshot(Entity goal)
    {
        var code = goal.GetAttributeValue<EntityReference>(F.MetricId) is { } metric ? _goals.MetricCode(metric.Id) : null;
        var precision = code != null && MetricPresets.TryGet(code, out var preset) ? preset.FixedPrecision ?? 2 : 2;
        return GoalMapper.ToSnapshot(goal, code, precision);
    }

    private decimal RateFor(GoalSnapshot goal) =>
        _rates.RateOf(_goalRows.TryGetValue(goal.Id, out var row) ? row.GetAttributeValue<EntityReference>(F.CurrencyId)?.Id : null);

    private Guid[] TeamsOf(EntityReference owner)
    {
        if (owner.LogicalName == "team")
        {
            return [owner.Id];
        }

        var query = new QueryExpression(PlatformTables.TeamMembership) { ColumnSet = new ColumnSet(PlatformTables.TeamId) };
        query.Criteria.AddCondition(PlatformTables.SystemUserId, ConditionOperator.Equal, owner.Id);
        return _service.RetrieveMultiple(query).Entities.Select(t => t.GetAttributeValue<Guid>(PlatformTables.TeamId)).ToArray();
    }
}

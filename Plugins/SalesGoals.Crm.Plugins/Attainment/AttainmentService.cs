using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Attainment.Sources;
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
    private readonly SourceCatalog _sources;
    private readonly GoalAncestry _ancestry;
    private readonly Dictionary<Guid, Entity> _goalRows = new();

    public AttainmentService(IOrganizationService service, IGoalRepository goals, ILedgerRepository ledger, GoalProgressWriter progress, CurrencyRates rates, SourceCatalog sources)
    {
        _service = service;
        _goals = goals;
        _ledger = ledger;
        _progress = progress;
        _rates = rates;
        _sources = sources;
        _ancestry = new GoalAncestry(service);
    }

    public int GoalsTouched { get; private set; }

    public void Sync(string table, Guid recordId) => Sync(_sources.For(table).Current(recordId));

    public void Remove(string table, Guid recordId) =>
        Sync(new SourceFact { Source = MetricSourceMap.KindOf(table), RecordId = recordId, State = SourceStates.Open, Date = LocalDate.MinValue });

    private void Sync(SourceFact fact)
    {
        var table = MetricSourceMap.TableOf(fact.Source);
        var stored = _ledger.ForSource(table, fact.RecordId);
        // An open record, or one whose owner is unknown (an unmapped external owner), counts for nobody:
        // the diff against no desired rows reverses whatever it contributed before.
        var leaves = fact.State == SourceStates.Open || fact.OwnerId == Guid.Empty ? [] : CandidateLeaves(fact);
        var desired = LedgerMath.Plan(fact, leaves.Select(Snapshot), code => MetricPresets.TryGet(code, out var m) ? m : null, RateFor);
        var diff = LedgerMath.Diff(stored, desired);
        // The changed goals' chains: the candidates brought theirs; a reversed record's goals and levels beyond the
        // joined ones come with one query for all of them (never one per goal).
        _ancestry.Read(diff.Select(c => c.Key.GoalId));
        // A closed goal's figures are final: its ledger rows stay as they are (a late edit or re-sync of a deal that
        // counted for it neither reverses nor adds anything there).
        var changes = diff.Where(c => !_ancestry.IsClosed(c.Key.GoalId)).ToList();
        // A removed record has no date: LocalDate.MinValue, whose ToDateTime is DateTime.MinValue, which is written as none.
        var sourceDate = fact.Date.ToDateTime();
        _ledger.WriteAll(changes, table, sourceDate, id => GoalRow(id)?.GetAttributeValue<EntityReference>(F.OwnerId));

        var deltas = LedgerMath.Rollup(changes, _ancestry.ParentOf);
        GoalsTouched = deltas.Count;
        // A goal that no longer exists gets no delta (as when each goal was read on its own).
        _progress.ApplyAll(deltas.Where(d => _ancestry.Exists(d.GoalId)).ToList());
    }

    // One query: active leaf goals of the owner (or the owner's teams) on a metric that reads this
    // source table, whose period contains the date. The metric's code and the goal's ancestors (up to
    // GoalAncestry.JoinedLevels) come joined, so neither the metric table nor the parents are read apart. External
    // actuals count only for metrics whose row includes them (sg_includeexternal). Dimensions and flags
    // are matched by the engine.
    private List<Entity> CandidateLeaves(SourceFact fact)
    {
        var codes = MetricPresets.All.Where(m => m.ReadsFrom(fact.Source)).Select(m => (object)m.Code).ToArray();
        if (codes.Length == 0)
        {
            return [];
        }

        var date = fact.Date.ToDateTime();
        var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(F.GoalStatus, ConditionOperator.Equal, SgGoal.Options.StatusActive);
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

        var metric = query.AddLink(SgMetric.LogicalName, F.MetricId, SgMetric.Fields.Id);
        metric.EntityAlias = GoalRepository.MetricAlias;
        metric.Columns = new ColumnSet(SgMetric.Fields.Code);
        metric.LinkCriteria.AddCondition(SgMetric.Fields.Code, ConditionOperator.In, codes);
        if (fact.Source == SourceKind.ExternalDeal)
        {
            metric.LinkCriteria.AddCondition(SgMetric.Fields.IncludeExternal, ConditionOperator.Equal, true);
        }

        GoalAncestry.JoinAncestors(query);
        var rows = _service.RetrieveMultiple(query).Entities;
        _ancestry.Remember(rows);
        foreach (var row in _goals.Remember(rows))
        {
            _goalRows[row.Id] = row;
        }

        return [.. rows];
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
        return GoalMapper.ToSnapshot(goal, code, GoalMapper.PrecisionOf(code));
    }

    private decimal RateFor(GoalSnapshot goal) =>
        _rates.RateOf(_goalRows.TryGetValue(goal.Id, out var row) ? row.GetAttributeValue<EntityReference>(F.CurrencyId)?.Id : null);
}

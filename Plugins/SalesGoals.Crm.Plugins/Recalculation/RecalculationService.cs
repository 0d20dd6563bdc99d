using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Attainment;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>
/// Rebuilds a goal's ledger and actual from the source records of every table its metric reads
/// (opportunities and, when the metric includes them, external actuals; appointments; leads;
/// invoices): the repair path, and what activation runs so a goal created after its records picks
/// them up. Parents get the sum of their children. This reads every matching record, so it is not
/// the per-event hot path.
/// </summary>
public sealed class RecalculationService
{
    private readonly IOrganizationService _service;
    private readonly IGoalRepository _goals;
    private readonly ILedgerRepository _ledger;
    private readonly GoalProgressWriter _progress;
    private readonly CurrencyRates _rates;
    private readonly SourceCatalog _sources;
    private readonly OwnerTeams _teams;
    private readonly Dictionary<Guid, bool> _includesExternal = new();

    public RecalculationService(IOrganizationService service, IGoalRepository goals, ILedgerRepository ledger, GoalProgressWriter progress, CurrencyRates rates, SourceCatalog sources)
    {
        _service = service;
        _goals = goals;
        _ledger = ledger;
        _progress = progress;
        _rates = rates;
        _sources = sources;
        _teams = new OwnerTeams(service);
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
        var metricRef = goal.GetAttributeValue<EntityReference>(F.MetricId);
        var code = metricRef == null ? null : _goals.MetricCode(metricRef.Id);
        if (code == null || !MetricPresets.TryGet(code, out var metric))
        {
            return LedgerMath.Recompute(_ledger.ForGoal(goal.Id));
        }

        var snapshot = GoalMapper.ToSnapshot(goal, code, metric.FixedPrecision ?? 2);
        var rate = _rates.RateOf(goal.GetAttributeValue<EntityReference>(F.CurrencyId)?.Id);
        var desired = new List<LedgerEntry>();
        var factOf = new Dictionary<Guid, SourceFact>();
        if (Scope(goal, snapshot.Assignee) is { } scope)
        {
            foreach (var source in _sources.ForMetric(metric, IncludesExternal(metricRef!.Id)))
            {
                foreach (var fact in source.InPeriod(scope))
                {
                    var rows = LedgerMath.PlanForGoal(snapshot, metric, [fact], rate);
                    desired.AddRange(rows);
                    factOf[fact.RecordId] = fact;
                }
            }
        }

        foreach (var change in LedgerMath.Diff(_ledger.ForGoal(goal.Id), desired))
        {
            // A removed row needs no table or date; an inserted or updated one comes from a fact read here.
            var fact = factOf.TryGetValue(change.Key.SourceRecordId, out var read) ? read : null;
            _ledger.Write(change, fact?.SourceTable ?? metric.SourceTable, fact?.Date.ToDateTime() ?? DateTime.MinValue, goal.GetAttributeValue<EntityReference>(F.OwnerId));
        }

        return LedgerMath.Recompute(desired);
    }

    private SourceScope? Scope(Entity goal, Assignee? assignee)
    {
        if (assignee is not { } who || goal.GetAttributeValue<DateTime?>(F.PeriodStart) is not { } start || goal.GetAttributeValue<DateTime?>(F.PeriodEnd) is not { } end)
        {
            return null;
        }

        return who.Kind == AssigneeKind.User
            ? new SourceScope([who.Id], [], start, end)
            : new SourceScope([.. _teams.Members(who.Id), who.Id], [who.Id], start, end);
    }

    // Read once per metric per execution: a tree's leaves usually share one metric.
    private bool IncludesExternal(Guid metricId)
    {
        if (!_includesExternal.TryGetValue(metricId, out var include))
        {
            include = _service.Retrieve(SgMetric.LogicalName, metricId, new ColumnSet(SgMetric.Fields.IncludeExternal))
                .GetAttributeValue<bool?>(SgMetric.Fields.IncludeExternal) ?? false;
            _includesExternal[metricId] = include;
        }

        return include;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Attainment;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>
/// One bounded step of a leaf's rebuild. Sources phase: one page of the records the leaf covers (keyset
/// by id), the leaf's rows for exactly those records, the diff written in bulk. Ledger phase: one page of
/// the leaf's rows (keyset by row id), the records behind them re-read by id, rows whose record no longer
/// counts removed, the page summed. A step holds one page, never a goal's history; it returns the net
/// change it wrote so the caller adds it to the goals, in the same transaction.
/// </summary>
public sealed class LeafRebuilder
{
    public const int SourcePageSize = 1_000;
    public const int LedgerPageSize = 1_000;

    private readonly IOrganizationService _service;
    private readonly IGoalRepository _goals;
    private readonly ILedgerRepository _ledger;
    private readonly CurrencyRates _rates;
    private readonly SourceCatalog _sources;
    private readonly OwnerTeams _teams;
    private readonly RequestBudget _budget;
    private readonly Dictionary<Guid, bool> _includesExternal = new();

    // Records this execution's sources pass has just reconciled for the current leaf: their rows are right,
    // so the ledger pass need not read them again (bounded; rows of records not in it are simply re-read).
    private readonly HashSet<Guid> _confirmed = [];
    private Guid _confirmedLeaf;

    public LeafRebuilder(IOrganizationService service, IGoalRepository goals, ILedgerRepository ledger, CurrencyRates rates, SourceCatalog sources, RequestBudget budget)
    {
        _service = service;
        _goals = goals;
        _ledger = ledger;
        _rates = rates;
        _sources = sources;
        _budget = budget;
        _teams = new OwnerTeams(service);
    }

    public LeafPlan Plan(Entity goal)
    {
        var metricRef = goal.GetAttributeValue<EntityReference>(F.MetricId);
        var code = metricRef == null ? null : _goals.MetricCode(metricRef.Id);
        if (code == null || !MetricPresets.TryGet(code, out var metric))
        {
            return new LeafPlan(goal, null, null, 1m, null, []);
        }

        var snapshot = GoalMapper.ToSnapshot(goal, code, metric.FixedPrecision ?? 2);
        var rate = _rates.RateOf(goal.GetAttributeValue<EntityReference>(F.CurrencyId)?.Id);
        return new LeafPlan(goal, metric, snapshot, rate, Scope(goal, snapshot.Assignee), _sources.ForMetric(metric, IncludesExternal(metricRef!.Id)));
    }

    /// <summary>Runs one step; returns the net change written, and advances the cursor only when the whole page was written.</summary>
    public MetricTotals Step(RecalculationCursor cursor, LeafPlan leaf) =>
        cursor.Phase == LeafPhase.Sources ? SourcesStep(cursor, leaf) : LedgerStep(cursor, leaf);

    private MetricTotals SourcesStep(RecalculationCursor cursor, LeafPlan leaf)
    {
        if (leaf.Metric is null || leaf.Snapshot is null || leaf.Scope is null || cursor.TableIndex >= leaf.Sources.Count)
        {
            cursor.Phase = LeafPhase.Ledger;
            cursor.After = Guid.Empty;
            return MetricTotals.Zero;
        }

        var source = leaf.Sources[cursor.TableIndex];
        var facts = source.PageInPeriod(leaf.Scope, cursor.After, SourcePageSize);
        var factOf = facts.ToDictionary(f => f.RecordId);
        var stored = _ledger.OfGoalSources(leaf.Id, source.Table, factOf.Keys);
        var desired = LedgerMath.PlanForGoal(leaf.Snapshot, leaf.Metric, facts, leaf.Rate);
        var delta = Write(leaf, stored, desired, key => new LedgerSource(source.Table, DateOf(factOf[key.SourceRecordId])), out var complete);
        if (!complete)
        {
            return delta;
        }

        cursor.Processed += facts.Count;
        Confirm(leaf.Id, facts);
        if (facts.Count < SourcePageSize)
        {
            cursor.TableIndex++;
            cursor.After = Guid.Empty;
        }
        else
        {
            cursor.After = facts[facts.Count - 1].RecordId;
        }

        return delta;
    }

    private MetricTotals LedgerStep(RecalculationCursor cursor, LeafPlan leaf)
    {
        var page = _ledger.PageOfGoal(leaf.Id, cursor.After, LedgerPageSize);
        var rows = page;
        IReadOnlyList<LedgerEntry> kept = rows.Select(r => r.Entry).ToList();
        var delta = MetricTotals.Zero;
        if (leaf.Metric is not null && leaf.Snapshot is not null)
        {
            // The records behind this page that still count; a row of any other record (deleted, reassigned,
            // reopened, out of the period, another metric) is removed.
            var confirmed = rows.Where(r => _confirmedLeaf == leaf.Id && _confirmed.Contains(r.Entry.Key.SourceRecordId)).ToList();
            rows = rows.Except(confirmed).ToList();
            var facts = new List<SourceFact>();
            foreach (var table in rows.GroupBy(r => r.SourceTable, StringComparer.OrdinalIgnoreCase))
            {
                var source = leaf.Sources.FirstOrDefault(s => string.Equals(s.Table, table.Key, StringComparison.OrdinalIgnoreCase));
                if (source is not null && leaf.Scope is not null)
                {
                    facts.AddRange(source.CountedAmong(leaf.Scope, table.Select(r => r.Entry.Key.SourceRecordId).Distinct().ToList()));
                }
            }

            var onPage = new HashSet<LedgerKey>(rows.Select(r => r.Entry.Key));
            var rebuilt = LedgerMath.PlanForGoal(leaf.Snapshot, leaf.Metric, facts, leaf.Rate).Where(e => onPage.Contains(e.Key)).ToList();
            kept = [.. confirmed.Select(r => r.Entry), .. rebuilt];
            var factOf = facts.GroupBy(f => f.RecordId).ToDictionary(g => g.Key, g => g.First());
            delta = Write(leaf, rows, rebuilt, key => new LedgerSource(factOf[key.SourceRecordId].SourceTable, DateOf(factOf[key.SourceRecordId])), out var complete);
            if (!complete)
            {
                return delta;
            }
        }

        cursor.LedgerSum += LedgerMath.Recompute(kept);
        cursor.Processed += page.Count;
        cursor.After = page.Count == LedgerPageSize ? page[page.Count - 1].RowId : Guid.Empty;
        if (page.Count < LedgerPageSize)
        {
            cursor.Phase = LeafPhase.Finished;
        }

        return delta;
    }

    private MetricTotals Write(LeafPlan leaf, IReadOnlyList<StoredLedgerRow> stored, IReadOnlyList<LedgerEntry> desired, Func<LedgerKey, LedgerSource> sourceOf, out bool complete)
    {
        var changes = LedgerMath.Diff(stored.Select(r => r.Entry), desired);
        complete = true;
        if (changes.Count == 0)
        {
            return MetricTotals.Zero;
        }

        var rowIds = stored.ToDictionary(r => r.Entry.Key, r => r.RowId);
        var written = _ledger.WriteBatch(changes, rowIds, sourceOf, leaf.Owner, () => _budget.CanSpend(1));
        complete = written.Count == changes.Count;
        return written.Aggregate(MetricTotals.Zero, (sum, c) => sum + c.Delta);
    }

    private void Confirm(Guid leafId, IReadOnlyList<SourceFact> facts)
    {
        if (_confirmedLeaf != leafId)
        {
            _confirmed.Clear();
            _confirmedLeaf = leafId;
        }

        foreach (var fact in facts)
        {
            if (_confirmed.Count >= 20_000)
            {
                return;
            }

            _confirmed.Add(fact.RecordId);
        }
    }

    private static DateTime DateOf(SourceFact fact) => fact.Date == LocalDate.MinValue ? DateTime.MinValue : fact.Date.ToDateTime();

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

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
/// One bounded step of the rebuild of a batch of sibling leaves (<see cref="LeafBatches"/>; often one leaf).
/// Sources phase: one page of the records the batch covers (keyset by id), the batch's rows for exactly those
/// records, the diff written in bulk. Ledger phase: one page of the batch's rows (keyset by row id), the records
/// behind them re-read by id, rows whose record no longer counts for their leaf removed, the page summed per
/// leaf. A step holds one page, never a goal's history; it returns each leaf's net change it wrote so the
/// caller adds it to the goals, in the same transaction.
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

    // Rows (leaf, record, metric) this execution's sources pass has just reconciled for the current batch (named by its first
    // leaf): their rows are right, so the ledger pass need not read them again (bounded; rows of records not in it are simply re-read).
    private const int MaxConfirmed = 20_000;
    private readonly HashSet<LedgerKey> _confirmed = [];
    private Guid _confirmedBatch;

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

    /// <summary>Runs one step for a batch of leaves (<see cref="LeafBatches"/>); returns each leaf's net change written,
    /// and advances the cursor only when the whole page was written.</summary>
    public IReadOnlyDictionary<Guid, MetricTotals> Step(RecalculationCursor cursor, IReadOnlyList<LeafPlan> batch) =>
        cursor.Phase == LeafPhase.Sources ? SourcesStep(cursor, batch) : LedgerStep(cursor, batch);

    private Dictionary<Guid, MetricTotals> SourcesStep(RecalculationCursor cursor, IReadOnlyList<LeafPlan> batch)
    {
        var lead = batch[0];
        var scope = LeafBatches.Scope(batch);
        if (lead.Metric is null || lead.Snapshot is null || scope is null || cursor.TableIndex >= lead.Sources.Count)
        {
            cursor.Phase = LeafPhase.Ledger;
            cursor.After = Guid.Empty;
            return [];
        }

        var source = lead.Sources[cursor.TableIndex];
        var facts = source.PageInPeriod(scope, cursor.After, SourcePageSize);
        var factOf = facts.ToDictionary(f => f.RecordId);
        var stored = _ledger.OfGoalsSources(batch.Select(l => l.Id).ToList(), source.Table, factOf.Keys);
        var desired = batch.SelectMany(leaf => LedgerMath.PlanForGoal(leaf.Snapshot!, leaf.Metric!, LeafBatches.Of(leaf, batch, facts), leaf.Rate)).ToList();
        var delta = Write(batch, stored, desired, key => new LedgerSource(source.Table, DateOf(factOf[key.SourceRecordId])), out var complete);
        if (!complete)
        {
            return delta;
        }

        cursor.Processed += facts.Count;
        Confirm(batch, facts);
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

    private Dictionary<Guid, MetricTotals> LedgerStep(RecalculationCursor cursor, IReadOnlyList<LeafPlan> batch)
    {
        var page = _ledger.PageOfGoals(batch.Select(l => l.Id).ToList(), cursor.After, LedgerPageSize);
        var plans = batch.ToDictionary(l => l.Id);

        // Rows of a leaf with an unknown metric are kept as they are; so are rows of records this execution's
        // sources pass has just reconciled. The others are checked against the records behind them: a row of any
        // record that no longer counts for its leaf (deleted, reassigned, reopened, out of the period, another
        // metric) is removed.
        var kept = page.Where(r => plans[r.Entry.Key.GoalId].Metric is null || IsConfirmed(batch, r.Entry.Key)).Select(r => r.Entry).ToList();
        var rows = page.Where(r => plans[r.Entry.Key.GoalId].Metric is not null && !IsConfirmed(batch, r.Entry.Key)).ToList();
        var delta = new Dictionary<Guid, MetricTotals>();
        var scope = LeafBatches.Scope(batch);
        if (rows.Count > 0)
        {
            var facts = new List<SourceFact>();
            foreach (var table in rows.GroupBy(r => r.SourceTable, StringComparer.OrdinalIgnoreCase))
            {
                var source = batch[0].Sources.FirstOrDefault(s => string.Equals(s.Table, table.Key, StringComparison.OrdinalIgnoreCase));
                if (source is not null && scope is not null)
                {
                    facts.AddRange(source.CountedAmong(scope, table.Select(r => r.Entry.Key.SourceRecordId).Distinct().ToList()));
                }
            }

            var onPage = new HashSet<LedgerKey>(rows.Select(r => r.Entry.Key));
            var rebuilt = batch.Where(l => l.Metric is not null && l.Snapshot is not null)
                .SelectMany(leaf => LedgerMath.PlanForGoal(leaf.Snapshot!, leaf.Metric!, LeafBatches.Of(leaf, batch, facts), leaf.Rate))
                .Where(e => onPage.Contains(e.Key))
                .ToList();
            kept.AddRange(rebuilt);
            var factOf = facts.GroupBy(f => f.RecordId).ToDictionary(g => g.Key, g => g.First());
            delta = Write(batch, rows, rebuilt, key => new LedgerSource(MetricSourceMap.TableOf(factOf[key.SourceRecordId].Source), DateOf(factOf[key.SourceRecordId])), out var complete);
            if (!complete)
            {
                return delta;
            }
        }

        foreach (var leaf in kept.GroupBy(e => e.Key.GoalId))
        {
            if (cursor.Leaf(leaf.Key) is { } state)
            {
                state.LedgerSum += LedgerMath.Recompute(leaf);
            }
        }

        cursor.Processed += page.Count;
        cursor.After = page.Count == LedgerPageSize ? page[page.Count - 1].RowId : Guid.Empty;
        if (page.Count < LedgerPageSize)
        {
            cursor.Phase = LeafPhase.Finished;
        }

        return delta;
    }

    private Dictionary<Guid, MetricTotals> Write(IReadOnlyList<LeafPlan> batch, IReadOnlyList<StoredLedgerRow> stored, IReadOnlyList<LedgerEntry> desired, Func<LedgerKey, LedgerSource> sourceOf, out bool complete)
    {
        var changes = LedgerMath.Diff(stored.Select(r => r.Entry), desired);
        complete = true;
        var delta = new Dictionary<Guid, MetricTotals>();
        if (changes.Count == 0)
        {
            return delta;
        }

        var rowIds = stored.ToDictionary(r => r.Entry.Key, r => r.RowId);
        var owners = batch.ToDictionary(l => l.Id, l => l.Owner);
        var written = _ledger.WriteBatch(changes, rowIds, sourceOf, goal => owners.TryGetValue(goal, out var owner) ? owner : null, () => _budget.CanSpend(1));
        complete = written.Count == changes.Count;
        foreach (var change in written)
        {
            delta[change.Key.GoalId] = (delta.TryGetValue(change.Key.GoalId, out var sum) ? sum : MetricTotals.Zero) + change.Delta;
        }

        return delta;
    }

    private bool IsConfirmed(IReadOnlyList<LeafPlan> batch, LedgerKey key) => _confirmedBatch == batch[0].Id && _confirmed.Contains(key);

    private void Confirm(IReadOnlyList<LeafPlan> batch, IReadOnlyList<SourceFact> facts)
    {
        if (_confirmedBatch != batch[0].Id)
        {
            _confirmed.Clear();
            _confirmedBatch = batch[0].Id;
        }

        foreach (var leaf in batch.Where(l => l.Metric is not null))
        {
            foreach (var fact in LeafBatches.Of(leaf, batch, facts))
            {
                if (_confirmed.Count >= MaxConfirmed)
                {
                    return;
                }

                _confirmed.Add(new LedgerKey(leaf.Id, fact.RecordId, leaf.Metric!.Code));
            }
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

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using C = SalesGoals.Crm.Plugins.Schema.SgGoalContribution.Fields;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>
/// sg_goalcontribution rows ↔ engine ledger entries. The hot path remembers the ids of the few rows of
/// one record; the recalculation reads one bounded page at a time and gets the ids with the rows, so
/// nothing here grows with a goal's history.
/// </summary>
public sealed class LedgerRepository : ILedgerRepository
{
    /// <summary>Rows per CreateMultiple / UpdateMultiple request.</summary>
    public const int BulkSize = 500;

    /// <summary>Deletes per ExecuteMultiple request (Dataverse refuses a batch of more than 1,000 requests).</summary>
    public const int DeleteBatchSize = 1_000;

    private readonly IOrganizationService _service;
    private readonly IGoalRepository _goals;
    private readonly IClock _clock;
    private readonly Dictionary<LedgerKey, Guid> _rowIds = new();

    public LedgerRepository(IOrganizationService service, IGoalRepository goals, IClock clock)
    {
        _service = service;
        _goals = goals;
        _clock = clock;
    }

    public IReadOnlyList<LedgerEntry> ForSource(string table, Guid recordId)
    {
        var query = Query(joinMetricCode: true);
        query.Criteria.AddCondition(C.SourceTable, ConditionOperator.Equal, table);
        // Stryker disable once String : Guid.ToString("") is the "D" format; the same text is compared.
        query.Criteria.AddCondition(C.SourceId, ConditionOperator.Equal, recordId.ToString("D"));
        var rows = Read(query);
        foreach (var row in rows)
        {
            _rowIds[row.Entry.Key] = row.RowId;
        }

        return rows.Select(r => r.Entry).ToList();
    }

    public IReadOnlyList<StoredLedgerRow> PageOfGoals(IReadOnlyCollection<Guid> goalIds, Guid afterRowId, int size)
    {
        // Stryker disable once Boolean : joined, each row brings the code the execution otherwise reads once from the metric
        // table; the rows and their codes are the same.
        var query = Query(joinMetricCode: false);
        query.TopCount = size;
        query.AddOrder(C.Id, OrderType.Ascending);
        OfGoals(query, goalIds);
        if (afterRowId != Guid.Empty)
        {
            query.Criteria.AddCondition(C.Id, ConditionOperator.GreaterThan, afterRowId);
        }

        return Read(query);
    }

    public IReadOnlyList<StoredLedgerRow> OfGoalsSources(IReadOnlyCollection<Guid> goalIds, string table, IReadOnlyCollection<Guid> sourceIds)
    {
        if (sourceIds.Count == 0)
        {
            return [];
        }

        // Stryker disable once Boolean : joined, each row brings the code the execution otherwise reads once from the metric
        // table; the rows and their codes are the same.
        var query = Query(joinMetricCode: false);
        OfGoals(query, goalIds);
        query.Criteria.AddCondition(C.SourceTable, ConditionOperator.Equal, table);
        // Stryker disable once String : Guid.ToString("") is the "D" format; the same texts are compared.
        query.Criteria.AddCondition(C.SourceId, ConditionOperator.In, sourceIds.Select(id => (object)id.ToString("D")).ToArray());
        return Read(query);
    }

    public void WriteAll(IReadOnlyList<LedgerChange> changes, string table, DateTime sourceDate, Func<Guid, EntityReference?> ownerOf)
    {
        var source = new LedgerSource(table, sourceDate);
        var deletes = changes.Where(c => c.New is null).ToList();
        Delete(deletes.Select(d => _rowIds[d.Key]).ToList());
        foreach (var delete in deletes)
        {
            // Stryker disable once Statement : a deleted key comes back only as an insert, which overwrites the stale id
            // (an update needs the key among the rows ForSource reads, and that read re-sets the ids).
            _rowIds.Remove(delete.Key);
        }

        var updates = changes.Where(c => !c.IsInsert && c.New is not null).Select(c => ToRow(c, _rowIds[c.Key], source, null)).ToList();
        if (updates.Count == 1)
        {
            _service.Update(updates[0]);
        }
        // Stryker disable once Equality : Count is not 1 here, so "> 1" and ">= 1" are the same test.
        else if (updates.Count > 1)
        {
            _service.Execute(new UpdateMultipleRequest { Targets = Collection(updates) });
        }

        var inserts = changes.Where(c => c.IsInsert).ToList();
        var rows = inserts.Select(c => ToRow(c, null, source, ownerOf(c.Key.GoalId))).ToList();
        if (rows.Count == 1)
        {
            _rowIds[inserts[0].Key] = _service.Create(rows[0]);
        }
        // Stryker disable once Equality : Count is not 1 here, so "> 1" and ">= 1" are the same test.
        else if (rows.Count > 1)
        {
            var ids = ((CreateMultipleResponse)_service.Execute(new CreateMultipleRequest { Targets = Collection(rows) })).Ids;
            for (var i = 0; i < inserts.Count; i++)
            {
                _rowIds[inserts[i].Key] = ids[i];
            }
        }
    }

    public IReadOnlyList<LedgerChange> WriteBatch(
        IReadOnlyList<LedgerChange> changes, IReadOnlyDictionary<LedgerKey, Guid> rowIds, Func<LedgerKey, LedgerSource> sourceOf, Func<Guid, EntityReference?> ownerOf, Func<bool> mayDeleteOneMore)
    {
        var applied = new List<LedgerChange>();
        var inserts = changes.Where(c => c.IsInsert).ToList();
        var updates = changes.Where(c => !c.IsInsert && c.New is not null).ToList();
        foreach (var chunk in Batches(inserts, BulkSize))
        {
            _service.Execute(new CreateMultipleRequest { Targets = Collection(chunk.Select(c => ToRow(c, null, sourceOf(c.Key), ownerOf(c.Key.GoalId)))) });
            applied.AddRange(chunk);
        }

        foreach (var chunk in Batches(updates, BulkSize))
        {
            _service.Execute(new UpdateMultipleRequest { Targets = Collection(chunk.Select(c => ToRow(c, rowIds[c.Key], sourceOf(c.Key), null))) });
            applied.AddRange(chunk);
        }

        // Standard tables have no DeleteMultiple: the deletes go in ExecuteMultiple batches, one request each,
        // stopped when the budget says so (the rows left are deleted by the next execution, which finds them again).
        foreach (var chunk in Batches(changes.Where(c => c.New is null).ToList(), DeleteBatchSize))
        {
            if (!mayDeleteOneMore())
            {
                break;
            }

            Delete(chunk.Select(c => rowIds[c.Key]).ToList());
            applied.AddRange(chunk);
        }

        return applied;
    }

    /// <summary>One Delete for one row; more go in one ExecuteMultiple per <see cref="DeleteBatchSize"/> (one request each, as
    /// Dataverse counts it). It stops at the first fault and reports it: inside a plug-in the whole operation then rolls back.</summary>
    private void Delete(IReadOnlyList<Guid> rowIds)
    {
        if (rowIds.Count == 1)
        {
            _service.Delete(SgGoalContribution.LogicalName, rowIds[0]);
            return;
        }

        for (var start = 0; start < rowIds.Count; start += DeleteBatchSize)
        {
            var requests = new OrganizationRequestCollection();
            for (var i = start; i < Math.Min(rowIds.Count, start + DeleteBatchSize); i++)
            {
                requests.Add(new DeleteRequest { Target = new EntityReference(SgGoalContribution.LogicalName, rowIds[i]) });
            }

            var response = (ExecuteMultipleResponse)_service.Execute(new ExecuteMultipleRequest
            {
                Requests = requests,
                // Stryker disable once Initializer,Boolean : false is each flag's default; and with either set, a fault is still
                // in Responses and thrown below, which rolls the whole operation back, so no result differs.
                Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
            });
            if (response.IsFaulted)
            {
                var fault = response.Responses.FirstOrDefault(r => r.Fault != null)?.Fault;
                throw new InvalidPluginExecutionException($"Deleting a ledger row failed: {fault?.Message}");
            }
        }
    }

    // One goal by Equal, several by In: a batch's pages are one query whatever the number of its leaves.
    private static void OfGoals(QueryExpression query, IReadOnlyCollection<Guid> goalIds)
    {
        if (goalIds.Count == 1)
        {
            // Stryker disable once Linq : the collection has exactly one id here, so First and FirstOrDefault give the same.
            query.Criteria.AddCondition(C.GoalId, ConditionOperator.Equal, goalIds.First());
        }
        else
        {
            query.Criteria.AddCondition(C.GoalId, ConditionOperator.In, goalIds.Select(id => (object)id).ToArray());
        }
    }

    private static IEnumerable<List<LedgerChange>> Batches(List<LedgerChange> changes, int size)
    {
        for (var start = 0; start < changes.Count; start += size)
        {
            yield return changes.GetRange(start, Math.Min(size, changes.Count - start));
        }
    }

    private static EntityCollection Collection(IEnumerable<Entity> rows) => new(rows.ToList()) { EntityName = SgGoalContribution.LogicalName };

    private Entity ToRow(LedgerChange change, Guid? rowId, LedgerSource source, EntityReference? goalOwner)
    {
        var parts = change.New ?? throw new InvalidOperationException($"Ledger row {change.Key} is deleted, not written.");
        var row = rowId is { } id ? new Entity(SgGoalContribution.LogicalName, id) : new Entity(SgGoalContribution.LogicalName);
        row[C.Numerator] = parts.Numerator;
        row[C.Denominator] = parts.Denominator;
        row[C.Amount] = parts.Numerator;
        row[C.SourceDate] = source.Date == DateTime.MinValue ? null : source.Date;
        row[C.AppliedOn] = _clock.UtcNow.UtcDateTime;
        if (SgGoalContribution.SourceLookup(source.Table) is { } lookup)
        {
            // The row opens its record; set on updates too, so rows older than the lookups gain it.
            row[lookup] = new EntityReference(source.Table, change.Key.SourceRecordId);
        }

        if (change.IsInsert)
        {
            var metricId = _goals.MetricId(change.Key.MetricCode)
                ?? throw new InvalidOperationException($"No sg_metric row has the code '{change.Key.MetricCode}'.");
            row[C.Name] = string.Format(CultureInfo.InvariantCulture, "{0} {1}", source.Table, change.Key.SourceRecordId);
            row[C.GoalId] = new EntityReference(SgGoal.LogicalName, change.Key.GoalId);
            row[C.SourceTable] = source.Table;
            // Stryker disable once String : Guid.ToString("") is the "D" format; the same text is written.
            row[C.SourceId] = change.Key.SourceRecordId.ToString("D");
            row[C.MetricId] = new EntityReference(SgMetric.LogicalName, metricId);
            if (goalOwner != null)
            {
                row[C.OwnerId] = goalOwner; // contributions are owned like their goal (Solution/README.md)
            }
        }

        return row;
    }

    // The hot path has the metric's code joined to the rows (no read of the metric table); the recalculation's
    // pages stay plain key-ordered reads and read the metric table once per execution instead.
    private static QueryExpression Query(bool joinMetricCode)
    {
        var query = new QueryExpression(SgGoalContribution.LogicalName)
        {
            ColumnSet = new ColumnSet(C.GoalId, C.SourceTable, C.SourceId, C.MetricId, C.Numerator, C.Denominator),
        };
        if (joinMetricCode)
        {
            GoalRepository.JoinMetricCode(query, C.MetricId);
        }

        return query;
    }

    private List<StoredLedgerRow> Read(QueryExpression query)
    {
        var rows = new List<StoredLedgerRow>();
        foreach (var row in _goals.Remember(_service.RetrieveMultiple(query).Entities, C.MetricId))
        {
            var code = _goals.MetricCode(row.GetAttributeValue<EntityReference>(C.MetricId)?.Id ?? Guid.Empty);
            var sourceId = ParseId(row.GetAttributeValue<string>(C.SourceId));
            if (code == null || sourceId == null)
            {
                continue;
            }

            var key = new LedgerKey(row.GetAttributeValue<EntityReference>(C.GoalId).Id, sourceId.Value, code);
            var parts = new MetricTotals(row.GetAttributeValue<decimal?>(C.Numerator) ?? 0m, row.GetAttributeValue<decimal?>(C.Denominator) ?? 0m);
            rows.Add(new StoredLedgerRow(row.Id, row.GetAttributeValue<string>(C.SourceTable) ?? string.Empty, new LedgerEntry(key, parts)));
        }

        return rows;
    }

    // Apart from Read: an `out var` in Read's condition left the variable unassigned in Stryker's mutants of that
    // condition, and the compile error made it drop every mutant of Read unmeasured ("safe mode").
    private static Guid? ParseId(string? text) => Guid.TryParse(text, out var id) ? id : null;
}

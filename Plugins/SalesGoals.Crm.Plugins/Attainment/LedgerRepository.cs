using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using C = SalesGoals.Crm.Plugins.Schema.SgGoalContribution.Fields;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>sg_goalcontribution rows ↔ engine ledger entries; the row ids are remembered for updates and deletes.</summary>
public sealed class LedgerRepository : ILedgerRepository
{
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
        var query = Query();
        query.Criteria.AddCondition(C.SourceTable, ConditionOperator.Equal, table);
        query.Criteria.AddCondition(C.SourceId, ConditionOperator.Equal, recordId.ToString("D"));
        return Read(query);
    }

    public IReadOnlyList<LedgerEntry> ForGoal(Guid goalId)
    {
        var query = Query();
        query.Criteria.AddCondition(C.GoalId, ConditionOperator.Equal, goalId);
        return Read(query);
    }

    public void Write(LedgerChange change, string table, DateTime sourceDate, EntityReference? goalOwner)
    {
        if (change.New is not { } parts)
        {
            _service.Delete(SgGoalContribution.LogicalName, _rowIds[change.Key]);
            _rowIds.Remove(change.Key);
            return;
        }

        var row = _rowIds.TryGetValue(change.Key, out var id) ? new Entity(SgGoalContribution.LogicalName, id) : new Entity(SgGoalContribution.LogicalName);
        row[C.Numerator] = parts.Numerator;
        row[C.Denominator] = parts.Denominator;
        row[C.Amount] = parts.Numerator;
        row[C.SourceDate] = sourceDate == DateTime.MinValue ? null : sourceDate;
        row[C.AppliedOn] = _clock.UtcNow.UtcDateTime;
        if (change.IsInsert)
        {
            var metricId = _goals.MetricId(change.Key.MetricCode)
                ?? throw new InvalidOperationException($"No sg_metric row has the code '{change.Key.MetricCode}'.");
            row[C.Name] = string.Format(CultureInfo.InvariantCulture, "{0} {1}", table, change.Key.SourceRecordId);
            row[C.GoalId] = new EntityReference(SgGoal.LogicalName, change.Key.GoalId);
            row[C.SourceTable] = table;
            row[C.SourceId] = change.Key.SourceRecordId.ToString("D");
            row[C.MetricId] = new EntityReference(SgMetric.LogicalName, metricId);
            if (goalOwner != null)
            {
                row[C.OwnerId] = goalOwner; // contributions are owned like their goal (Solution/README.md)
            }

            _rowIds[change.Key] = _service.Create(row);
        }
        else
        {
            _service.Update(row);
        }
    }

    private static QueryExpression Query() => new(SgGoalContribution.LogicalName)
    {
        ColumnSet = new ColumnSet(C.GoalId, C.SourceId, C.MetricId, C.Numerator, C.Denominator),
    };

    private List<LedgerEntry> Read(QueryExpression query)
    {
        var entries = new List<LedgerEntry>();
        foreach (var row in _service.RetrieveMultiple(query).Entities)
        {
            var code = _goals.MetricCode(row.GetAttributeValue<EntityReference>(C.MetricId)?.Id ?? Guid.Empty);
            if (code == null || !Guid.TryParse(row.GetAttributeValue<string>(C.SourceId), out var sourceId))
            {
                continue;
            }

            var key = new LedgerKey(row.GetAttributeValue<EntityReference>(C.GoalId).Id, sourceId, code);
            _rowIds[key] = row.Id;
            entries.Add(new LedgerEntry(key, new MetricTotals(row.GetAttributeValue<decimal?>(C.Numerator) ?? 0m, row.GetAttributeValue<decimal?>(C.Denominator) ?? 0m)));
        }

        return entries;
    }
}

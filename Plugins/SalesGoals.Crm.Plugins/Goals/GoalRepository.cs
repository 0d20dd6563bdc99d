using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>
/// Goal reads over an organization service. Each goal read joins its metric's code (no extra request), and
/// so may any other read (<see cref="JoinMetricCode"/>); the whole metric table is read (once per instance,
/// one execution) only when a code or id is asked for that no joined read has brought.
/// </summary>
public sealed class GoalRepository : IGoalRepository
{
    /// <summary>The alias of the joined sg_metric, whose sg_code comes back as "metric_code.sg_code".</summary>
    public const string MetricAlias = "metric_code";

    private readonly IOrganizationService _service;
    private readonly Dictionary<Guid, string> _known = new();
    private bool _allRead;

    public GoalRepository(IOrganizationService service) => _service = service;

    public GoalHistoryFacts History(Guid goalId) =>
        new(Any(SgGoalContribution.LogicalName, SgGoalContribution.Fields.GoalId, goalId), Any(SgGoalHistory.LogicalName, SgGoalHistory.Fields.GoalId, goalId));

    private bool Any(string table, string column, Guid goalId)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, goalId);
        return _service.RetrieveMultiple(query).Entities.Count > 0;
    }

    public Entity? Find(Guid goalId)
    {
        var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(true), TopCount = 1 };
        query.Criteria.AddCondition(SgGoal.Fields.Id, ConditionOperator.Equal, goalId);
        JoinMetricCode(query, SgGoal.Fields.MetricId);
        return Remember(_service.RetrieveMultiple(query).Entities).FirstOrDefault();
    }

    public IReadOnlyList<Entity> Children(Guid parentId) => Where(SgGoal.Fields.ParentGoalId, parentId);

    public IReadOnlyList<Entity> WithScopeKey(string scopeKey) => Where(SgGoal.Fields.ScopeKey, scopeKey);

    public string? MetricCode(Guid metricId)
    {
        if (!_known.ContainsKey(metricId))
        {
            ReadAll();
        }

        return _known.TryGetValue(metricId, out var code) ? code : null;
    }

    public Guid? MetricId(string code)
    {
        if (Lookup(code) is { } id)
        {
            return id;
        }

        ReadAll();
        return Lookup(code);
    }

    /// <summary>Adds an outer join of sg_metric on <paramref name="metricColumn"/> bringing its code (see <see cref="Remember"/>).</summary>
    public static void JoinMetricCode(QueryExpression query, string metricColumn)
    {
        var link = query.AddLink(SgMetric.LogicalName, metricColumn, SgMetric.Fields.Id, JoinOperator.LeftOuter);
        link.EntityAlias = MetricAlias;
        link.Columns = new ColumnSet(SgMetric.Fields.Code);
    }

    /// <summary>Remembers the metric codes a read with <see cref="JoinMetricCode"/> brought (the metric id read from
    /// <paramref name="metricColumn"/>) and takes the joined column off the rows, so a row can be written back as read.</summary>
    public IReadOnlyCollection<Entity> Remember(IReadOnlyCollection<Entity> rows, string metricColumn = SgGoal.Fields.MetricId)
    {
        const string joined = MetricAlias + "." + SgMetric.Fields.Code;
        foreach (var row in rows)
        {
            if (row.GetAttributeValue<EntityReference>(metricColumn) is { } metric
                && row.GetAttributeValue<AliasedValue>(joined)?.Value is string { Length: > 0 } code)
            {
                _known[metric.Id] = code;
            }

            row.Attributes.Remove(joined);
        }

        return rows;
    }

    private Guid? Lookup(string code)
    {
        foreach (var pair in _known)
        {
            if (string.Equals(pair.Value, code, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Key;
            }
        }

        return null;
    }

    private List<Entity> Where(string column, object value)
    {
        var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
        JoinMetricCode(query, SgGoal.Fields.MetricId);
        return [.. Remember(_service.RetrieveMultiple(query).Entities)];
    }

    private void ReadAll()
    {
        if (_allRead)
        {
            return;
        }

        var query = new QueryExpression(SgMetric.LogicalName) { ColumnSet = new ColumnSet(SgMetric.Fields.Code) };
        _known.Clear();
        foreach (var metric in _service.RetrieveMultiple(query).Entities.Where(m => !string.IsNullOrEmpty(m.GetAttributeValue<string>(SgMetric.Fields.Code))))
        {
            _known[metric.Id] = metric.GetAttributeValue<string>(SgMetric.Fields.Code);
        }

        _allRead = true;
    }
}

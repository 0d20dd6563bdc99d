using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Goal reads over an organization service; metrics are read once per instance (one execution).</summary>
public sealed class GoalRepository : IGoalRepository
{
    private readonly IOrganizationService _service;
    private Dictionary<Guid, string>? _metrics;

    public GoalRepository(IOrganizationService service) => _service = service;

    public Entity? Find(Guid goalId)
    {
        var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(true), TopCount = 1 };
        query.Criteria.AddCondition(SgGoal.Fields.Id, ConditionOperator.Equal, goalId);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    public IReadOnlyList<Entity> Children(Guid parentId) => Where(SgGoal.Fields.ParentGoalId, parentId);

    public IReadOnlyList<Entity> WithScopeKey(string scopeKey) => Where(SgGoal.Fields.ScopeKey, scopeKey);

    public string? MetricCode(Guid metricId) => Metrics().TryGetValue(metricId, out var code) ? code : null;

    public Guid? MetricId(string code)
    {
        foreach (var pair in Metrics())
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
        return query.Criteria.Conditions.Count == 0 ? [] : [.. _service.RetrieveMultiple(query).Entities];
    }

    private Dictionary<Guid, string> Metrics()
    {
        if (_metrics == null)
        {
            var query = new QueryExpression(SgMetric.LogicalName) { ColumnSet = new ColumnSet(SgMetric.Fields.Code) };
            _metrics = _service.RetrieveMultiple(query).Entities
                .Where(m => !string.IsNullOrEmpty(m.GetAttributeValue<string>(SgMetric.Fields.Code)))
                .ToDictionary(m => m.Id, m => m.GetAttributeValue<string>(SgMetric.Fields.Code));
        }

        return _metrics;
    }
}

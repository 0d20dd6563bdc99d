using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>Evaluates nested and/or filters on a joined row; a condition without EntityName refers to the filter's own table.</summary>
internal static class FilterEvaluator
{
    public static bool Matches(FilterExpression? filter, JoinedRow row, string defaultAlias, QueryRuntime runtime)
    {
        if (filter is null || (filter.Conditions.Count == 0 && filter.Filters.Count == 0))
        {
            return true;
        }

        var results = filter.Conditions.Select(c => Condition(c, row, defaultAlias, runtime))
            .Concat(filter.Filters.Select(f => Matches(f, row, defaultAlias, runtime)));
        return filter.FilterOperator == LogicalOperator.Or ? results.Any(r => r) : results.All(r => r);
    }

    public static List<object?> Flatten(IEnumerable<object> values)
    {
        var flat = new List<object?>();
        foreach (var value in values)
        {
            if (value is IEnumerable many and not string and not byte[])
            {
                flat.AddRange(many.Cast<object?>());
            }
            else
            {
                flat.Add(value);
            }
        }

        return flat;
    }

    private static bool Condition(ConditionExpression condition, JoinedRow row, string defaultAlias, QueryRuntime runtime)
    {
        var alias = string.IsNullOrEmpty(condition.EntityName) ? defaultAlias : condition.EntityName;
        var value = row.Value(alias, condition.AttributeName);
        return ConditionEvaluator.Matches(condition.Operator, value, Flatten(condition.Values), runtime);
    }
}

using System.Collections;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
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

        var any = filter.FilterOperator == LogicalOperator.Or;
        foreach (var condition in filter.Conditions)
        {
            if (Condition(condition, row, defaultAlias, runtime) == any)
            {
                return any;
            }
        }

        foreach (var child in filter.Filters)
        {
            if (Matches(child, row, defaultAlias, runtime) == any)
            {
                return any;
            }
        }

        return !any;
    }

    public static List<object?> Flatten(IEnumerable<object> values)
    {
        var flat = new List<object?>();
        foreach (var value in values)
        {
            if (value is IEnumerable many and not string and not byte[])
            {
                foreach (var item in many)
                {
                    flat.Add(item);
                }
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
        return ConditionEvaluator.Matches(condition.Operator, value, NeedsFlattening(condition.Values) ? Flatten(condition.Values) : condition.Values, runtime);
    }

    private static bool NeedsFlattening(DataCollection<object> values)
    {
        foreach (var value in values)
        {
            if (value is IEnumerable and not string and not byte[])
            {
                return true;
            }
        }

        return false;
    }
}

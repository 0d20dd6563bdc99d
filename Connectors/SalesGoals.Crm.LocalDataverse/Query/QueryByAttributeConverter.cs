using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>QueryByAttribute is an AND of Equal conditions: it runs as the equivalent QueryExpression.</summary>
internal static class QueryByAttributeConverter
{
    public static QueryExpression ToExpression(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw DataverseFault.InvalidArgument("The number of attributes and values in the QueryByAttribute must match.");
        }

        var expression = new QueryExpression(query.EntityName)
        {
            ColumnSet = query.ColumnSet ?? new ColumnSet(),
            PageInfo = query.PageInfo,
            TopCount = query.TopCount,
        };
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            expression.Criteria.AddCondition(query.Attributes[i], ConditionOperator.Equal, query.Values[i]);
        }

        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }

        return expression;
    }
}

using System;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;
using SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary>Turns a parsed <c>$filter</c> (the OData library's node tree) into a QueryExpression filter:
/// and/or, comparisons of a column with a literal (null included), contains/startswith/endswith, not.</summary>
internal static class FilterTranslator
{
    public static FilterExpression Translate(EdmTable table, SingleValueNode node)
    {
        var filter = new FilterExpression(LogicalOperator.And);
        Add(table, filter, node);
        return filter;
    }

    private static void Add(EdmTable table, FilterExpression into, SingleValueNode node)
    {
        switch (Unwrap(node))
        {
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.Or } logical:
                var group = new FilterExpression(logical.OperatorKind == BinaryOperatorKind.And ? LogicalOperator.And : LogicalOperator.Or);
                Add(table, group, logical.Left);
                Add(table, group, logical.Right);
                into.AddFilter(group);
                break;
            case BinaryOperatorNode comparison:
                into.AddCondition(Comparison(table, comparison));
                break;
            case SingleValueFunctionCallNode call:
                into.AddCondition(Function(table, call));
                break;
            case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not, Operand: SingleValueFunctionCallNode negated }:
                var condition = Function(table, negated);
                condition.Operator = condition.Operator switch
                {
                    ConditionOperator.Like => ConditionOperator.NotLike,
                    _ => throw Unsupported("not " + negated.Name),
                };
                into.AddCondition(condition);
                break;
            default:
                throw Unsupported(node.Kind.ToString());
        }
    }

    private static ConditionExpression Comparison(EdmTable table, BinaryOperatorNode node)
    {
        var (column, value, flipped) = Unwrap(node.Left) is SingleValuePropertyAccessNode left
            ? (Column(table, left), Constant(node.Right), false)
            : (Column(table, Unwrap(node.Right) as SingleValuePropertyAccessNode ?? throw Unsupported("a comparison without a column")), Constant(node.Left), true);
        if (value is null)
        {
            return node.OperatorKind switch
            {
                BinaryOperatorKind.Equal => new ConditionExpression(column, ConditionOperator.Null),
                BinaryOperatorKind.NotEqual => new ConditionExpression(column, ConditionOperator.NotNull),
                _ => throw Unsupported("an ordering comparison with null"),
            };
        }

        var op = node.OperatorKind switch
        {
            BinaryOperatorKind.Equal => ConditionOperator.Equal,
            BinaryOperatorKind.NotEqual => ConditionOperator.NotEqual,
            BinaryOperatorKind.GreaterThan => flipped ? ConditionOperator.LessThan : ConditionOperator.GreaterThan,
            BinaryOperatorKind.GreaterThanOrEqual => flipped ? ConditionOperator.LessEqual : ConditionOperator.GreaterEqual,
            BinaryOperatorKind.LessThan => flipped ? ConditionOperator.GreaterThan : ConditionOperator.LessThan,
            BinaryOperatorKind.LessThanOrEqual => flipped ? ConditionOperator.GreaterEqual : ConditionOperator.LessEqual,
            _ => throw Unsupported(node.OperatorKind.ToString()),
        };
        return new ConditionExpression(column, op, value);
    }

    private static ConditionExpression Function(EdmTable table, SingleValueFunctionCallNode call)
    {
        var arguments = new System.Collections.Generic.List<QueryNode>(call.Parameters);
        if (arguments.Count != 2 || Unwrap((SingleValueNode)arguments[0]) is not SingleValuePropertyAccessNode property
            || Constant((SingleValueNode)arguments[1]) is not string text)
        {
            throw Unsupported(call.Name);
        }

        var pattern = call.Name switch
        {
            "contains" => $"%{text}%",
            "startswith" => $"{text}%",
            "endswith" => $"%{text}",
            _ => throw Unsupported(call.Name),
        };
        return new ConditionExpression(Column(table, property), ConditionOperator.Like, pattern);
    }

    private static string Column(EdmTable table, SingleValuePropertyAccessNode node) =>
        table.ColumnOfProperty(node.Property.Name)?.LogicalName ?? throw Unsupported(node.Property.Name);

    private static object? Constant(SingleValueNode node) => Unwrap(node) switch
    {
        ConstantNode constant => constant.Value switch
        {
            var other => ODataDates.ToDateTime(other) ?? other,
        },
        _ => throw Unsupported("a comparison with something other than a literal"),
    };

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    private static WebApiException Unsupported(string what) =>
        new(400, WebApiErrorCodes.InvalidUrlOrProperty, $"The local Web API does not support {what} in $filter.");
}

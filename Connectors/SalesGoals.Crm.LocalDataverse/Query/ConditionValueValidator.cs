using System;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.FetchXml;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>
/// Fails a query whose condition values do not have the type of their column, as Dataverse does
/// (0x80040203 "Condition for attribute 'account.numberofemployees': expected argument(s) of type
/// 'System.Int32' but received 'System.String'."), instead of quietly matching no rows. Dataverse does
/// not convert QueryExpression values (an Int32 on a Byte column fails too); the one documented
/// leniency is a state or status compared by its name (enum ToString()). FetchXml values are text and
/// must convert to the column's type.
/// </summary>
internal static class ConditionValueValidator
{
    public static void Validate(PreparedQuery prepared, bool fetchText = false)
    {
        Check(prepared, prepared.Query.Criteria, prepared.RootAlias, fetchText);
        foreach (var link in prepared.AllLinks)
        {
            Check(prepared, link.Link.LinkCriteria, link.Alias, fetchText);
        }
    }

    private static void Check(PreparedQuery prepared, FilterExpression? filter, string defaultAlias, bool fetchText)
    {
        if (filter is null)
        {
            return;
        }

        foreach (var condition in filter.Conditions)
        {
            var table = prepared.TableOf(string.IsNullOrEmpty(condition.EntityName) ? defaultAlias : condition.EntityName);
            var column = MetadataCatalog.GetColumn(table, condition.AttributeName);
            foreach (var value in condition.Values)
            {
                CheckValue(table, column, condition.Operator, value, fetchText);
            }
        }

        foreach (var child in filter.Filters)
        {
            Check(prepared, child, defaultAlias, fetchText);
        }
    }

    private static void CheckValue(TableMetadata table, ColumnDefinition column, ConditionOperator op, object? value, bool fetchText)
    {
        if (value is null || !ComparesWithColumnValues(op))
        {
            return;
        }

        if (fetchText && value is string text && ExpectedType(column) != typeof(string))
        {
            // A FetchXml condition on another alias keeps its text until that alias's table is known.
            FetchValueConverter.Convert(table, column, text);
            return;
        }

        var expected = ExpectedType(column);
        var accepted = value.GetType() == expected
            || (value is string && column.Type is ColumnType.State or ColumnType.Status);
        if (!accepted)
        {
            throw DataverseFault.InvalidArgument(
                $"Condition for attribute '{table.LogicalName}.{column.LogicalName}': expected argument(s) of type '{expected.FullName}' but received '{value.GetType().FullName}'.");
        }
    }

    /// <summary>The CLR type Dataverse expects in a condition on the column (a lookup compares ids, a choice its number).</summary>
    public static Type ExpectedType(ColumnDefinition column) => column.Type switch
    {
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => typeof(int),
        ColumnType.BigInt => typeof(long),
        ColumnType.Decimal or ColumnType.Money => typeof(decimal),
        ColumnType.Double => typeof(double),
        ColumnType.Boolean => typeof(bool),
        ColumnType.DateTime => typeof(DateTime),
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner or ColumnType.UniqueIdentifier or ColumnType.PrimaryKey => typeof(Guid),
        _ => typeof(string),
    };

    /// <summary>Operators whose values are compared with the column's values (the X-days family takes a count,
    /// the user/business/fiscal family takes nothing or a period number).</summary>
    private static bool ComparesWithColumnValues(ConditionOperator op) => op is ConditionOperator.Equal
        or ConditionOperator.NotEqual or ConditionOperator.GreaterThan or ConditionOperator.LessThan
        or ConditionOperator.GreaterEqual or ConditionOperator.LessEqual or ConditionOperator.In
        or ConditionOperator.NotIn or ConditionOperator.Between or ConditionOperator.NotBetween
        or ConditionOperator.Like or ConditionOperator.NotLike or ConditionOperator.BeginsWith
        or ConditionOperator.DoesNotBeginWith or ConditionOperator.EndsWith or ConditionOperator.DoesNotEndWith
        or ConditionOperator.On or ConditionOperator.NotOn or ConditionOperator.OnOrAfter
        or ConditionOperator.OnOrBefore or ConditionOperator.ContainValues or ConditionOperator.DoesNotContainValues;
}

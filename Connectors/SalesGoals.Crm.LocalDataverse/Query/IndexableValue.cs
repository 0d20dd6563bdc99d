using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>Decides whether a query value can be looked up in a column's equality index (else the engine scans).</summary>
internal static class IndexableValue
{
    public static bool Fits(ColumnDefinition column, object? value) => value is not null && column.Type switch
    {
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner or ColumnType.UniqueIdentifier or ColumnType.PrimaryKey => AsGuid(value) is not null,
        ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.Integer => value is int or OptionSetValue,
        ColumnType.String or ColumnType.Memo or ColumnType.EntityName => value is string,
        ColumnType.Boolean => value is bool,
        ColumnType.BigInt => value is long or int,
        _ => false,
    };

    public static Guid? AsGuid(object? value) => value switch
    {
        Guid id => id,
        EntityReference reference => reference.Id,
        string text when Guid.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    public static object? Normalize(ColumnDefinition? column, object? value) =>
        column?.Type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner or ColumnType.UniqueIdentifier or ColumnType.PrimaryKey
            ? AsGuid(value) ?? value
            : value;
}

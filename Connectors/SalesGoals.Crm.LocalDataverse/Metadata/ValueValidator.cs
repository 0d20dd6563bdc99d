using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Metadata;

/// <summary>Checks that a value has the CLR type the SDK uses for the column's type, as Dataverse does.</summary>
internal static class ValueValidator
{
    public static void Validate(TableMetadata table, ColumnDefinition column, object? value)
    {
        if (value is null)
        {
            return;
        }

        var typeMatches = column.Type switch
        {
            ColumnType.String or ColumnType.Memo or ColumnType.EntityName => value is string,
            ColumnType.Integer => value is int,
            ColumnType.BigInt => value is long,
            ColumnType.Decimal => value is decimal,
            ColumnType.Double => value is double,
            ColumnType.Money => value is Money,
            ColumnType.Boolean => value is bool,
            ColumnType.DateTime => value is DateTime,
            ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => value is EntityReference,
            ColumnType.Picklist or ColumnType.State or ColumnType.Status => value is OptionSetValue,
            ColumnType.MultiSelectPicklist => value is OptionSetValueCollection,
            ColumnType.UniqueIdentifier or ColumnType.PrimaryKey => value is Guid,
            ColumnType.Image => value is byte[],
            _ => true,
        };
        if (!typeMatches)
        {
            throw DataverseFault.WrongType(value);
        }

        switch (value)
        {
            case string text when column.MaxLength is int max && text.Length > max:
                throw DataverseFault.Create(ErrorCodes.StringLengthTooLong, string.Create(CultureInfo.InvariantCulture,
                    $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'."));
            case int whole:
                CheckRange(table, column, whole, int.MinValue, int.MaxValue);
                break;
            case long big:
                CheckRange(table, column, big, long.MinValue, long.MaxValue);
                break;
            case decimal number:
                CheckRange(table, column, number, PlatformDefaults.DecimalMin, PlatformDefaults.DecimalMax);
                break;
            case double floating:
                // NaN, infinities and values beyond decimal's range are out of any column's range.
                var comparable = double.IsFinite(floating) && Math.Abs(floating) < 1e28 ? (decimal)floating
                    : floating < 0 ? decimal.MinValue : decimal.MaxValue;
                CheckRange(table, column, comparable, PlatformDefaults.DecimalMin, PlatformDefaults.DecimalMax);
                break;
            case Money money:
                CheckRange(table, column, money.Value, PlatformDefaults.MoneyMin, PlatformDefaults.MoneyMax);
                break;
            case OptionSetValue option:
                CheckOption(table, column, option.Value);
                break;
            case OptionSetValueCollection options:
                foreach (var option in options)
                {
                    CheckOption(table, column, option.Value);
                }

                break;
            case EntityReference reference when column.Targets.Count > 0 && !column.Targets.Contains(reference.LogicalName, StringComparer.Ordinal):
                throw DataverseFault.InvalidArgument(
                    $"The lookup '{column.LogicalName}' of '{table.LogicalName}' cannot point to an entity of type '{reference.LogicalName}'; valid targets: {string.Join(", ", column.Targets)}.");
        }
    }

    /// <summary>Whole numbers, decimals, floats and money must lie within the column's MinValue..MaxValue
    /// (Entity.xml), or the platform's limits where the column sets none, as Dataverse checks on create and update.</summary>
    private static void CheckRange(TableMetadata table, ColumnDefinition column, decimal value, decimal defaultMin, decimal defaultMax)
    {
        var min = column.MinValue ?? defaultMin;
        var max = column.MaxValue ?? defaultMax;
        if (value >= min && value <= max)
        {
            return;
        }

        throw DataverseFault.Create(ErrorCodes.ValueOutOfRange, string.Create(CultureInfo.InvariantCulture,
            $"A validation error occurred. The value {value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range. Accepted Range: {min} to {max}"));
    }

    private static void CheckOption(TableMetadata table, ColumnDefinition column, int value)
    {
        var options = column.OptionSet?.Options;
        if (options is null || options.Count == 0 || options.Any(o => o.Value == value))
        {
            return;
        }

        throw DataverseFault.Create(ErrorCodes.PicklistValueOutOfRange, string.Create(CultureInfo.InvariantCulture,
            $"A validation error occurred. The value {value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range. Accepted Values: {string.Join(",", options.Select(o => o.Value))}"));
    }
}

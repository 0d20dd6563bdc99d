using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

/// <summary>Converts OData primitive values (as the OData reader typed them) to the SDK values the organization service takes.</summary>
internal static class SdkValues
{
    public static object? FromOData(string table, ColumnDefinition column, object? value)
    {
        if (value is null or Microsoft.OData.ODataNullValue)
        {
            return null;
        }

        try
        {
            return column.Type switch
            {
                ColumnType.Picklist or ColumnType.State or ColumnType.Status => new OptionSetValue(Convert.ToInt32(value, CultureInfo.InvariantCulture)),
                ColumnType.Money => new Money(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
                ColumnType.Decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                ColumnType.Integer => Convert.ToInt32(value, CultureInfo.InvariantCulture),
                ColumnType.BigInt => Convert.ToInt64(value, CultureInfo.InvariantCulture),
                ColumnType.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture),
                ColumnType.Boolean => (bool)value,
                ColumnType.DateTime => ODataDates.ToDateTime(value) ?? throw new InvalidCastException(),
                ColumnType.UniqueIdentifier or ColumnType.PrimaryKey => (Guid)value,
                _ => value,
            };
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
        {
            throw DataverseFault.Create(ErrorCodes.UnExpected,
                $"Incorrect type of attribute value {value.GetType().FullName} for column '{column.LogicalName}' of '{table}'.");
        }
    }
}

using System;
using System.Globalization;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.LocalDataverse.Query;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.FetchXml;

/// <summary>Converts a fetch condition's text value to the CLR type of the column it tests; text that does not
/// convert fails the query as Dataverse fails it (0x80040203, naming the attribute and the expected type).</summary>
internal static class FetchValueConverter
{
    public static object Convert(TableMetadata table, ColumnDefinition column, string text)
    {
        try
        {
            return column.Type switch
            {
                ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner or ColumnType.UniqueIdentifier or ColumnType.PrimaryKey => Guid.Parse(text),
                ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                ColumnType.BigInt => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
                ColumnType.Decimal or ColumnType.Money => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
                ColumnType.Double => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                ColumnType.Boolean => text switch
                {
                    "1" => true,
                    "0" => false,
                    _ => bool.Parse(text),
                },
                ColumnType.DateTime => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                _ => text,
            };
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw DataverseFault.InvalidArgument(
                $"An exception {ex.GetType().FullName} was thrown while trying to convert input value '{text}' to attribute '{table.LogicalName}.{column.LogicalName}'. Expected type of attribute value: {ConditionValueValidator.ExpectedType(column).FullName}. Exception raised: {ex.Message}");
        }
    }
}

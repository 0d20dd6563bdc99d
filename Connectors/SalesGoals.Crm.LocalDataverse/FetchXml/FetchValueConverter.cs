using System;
using System.Globalization;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.SolutionModel;

namespace SalesGoals.Crm.LocalDataverse.FetchXml;

/// <summary>Converts a fetch condition's text value to the CLR type of the column it tests.</summary>
internal static class FetchValueConverter
{
    public static object Convert(ColumnDefinition column, string text)
    {
        try
        {
            return column.Type switch
            {
                ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner or ColumnType.UniqueIdentifier or ColumnType.PrimaryKey => Guid.Parse(text),
                ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist => int.Parse(text, CultureInfo.InvariantCulture),
                ColumnType.BigInt => long.Parse(text, CultureInfo.InvariantCulture),
                ColumnType.Decimal or ColumnType.Money => decimal.Parse(text, NumberStyles.Any, CultureInfo.InvariantCulture),
                ColumnType.Double => double.Parse(text, NumberStyles.Any, CultureInfo.InvariantCulture),
                ColumnType.Boolean => text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase),
                ColumnType.DateTime => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                _ => text,
            };
        }
        catch (FormatException)
        {
            throw DataverseFault.InvalidArgument($"The value '{text}' is not valid for the column '{column.LogicalName}' of type {column.Type}.");
        }
    }
}

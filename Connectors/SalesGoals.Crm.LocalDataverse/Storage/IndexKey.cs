using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Storage;

/// <summary>
/// The comparable form of a value: lookups by id, choices by value, money and numbers as decimal,
/// text upper-cased (Dataverse's collation is case-insensitive). Equal values have equal keys.
/// </summary>
internal static class IndexKey
{
    public static object? Of(object? value) => value switch
    {
        null => null,
        AliasedValue aliased => Of(aliased.Value),
        EntityReference reference => reference.Id,
        OptionSetValue option => (decimal)option.Value,
        Money money => money.Value,
        int number => (decimal)number,
        long number => (decimal)number,
        decimal number => number,
        double number => ToDecimal(number),
        float number => ToDecimal(number),
        string text => text.ToUpperInvariant(),
        Enum enumValue => Convert.ToDecimal(enumValue, CultureInfo.InvariantCulture),
        _ => value,
    };

    private static object ToDecimal(double number) =>
        number is >= (double)decimal.MinValue and <= (double)decimal.MaxValue ? (decimal)number : number;
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary>Evaluates Fenxiang filter operators against stored records (filters are ANDed).</summary>
internal static class FilterMatcher
{
    public static readonly IReadOnlySet<string> Operators = new HashSet<string>(StringComparer.Ordinal)
    {
        "EQ", "N", "GT", "GTE", "LT", "LTE", "LIKE", "NLIKE", "IS", "ISN", "IN", "NIN",
        "BETWEEN", "NBETWEEN", "STARTWITH", "ENDWITH", "HASANYOF", "NHASANYOF", "CONTAINS",
    };

    public static bool Matches(ObjectSchema schema, JsonObject record, QueryFilterSpec filter)
    {
        var type = schema.Field(filter.FieldName)?.Type ?? FieldTypes.Text;
        var node = record[filter.FieldName];
        var values = node is JsonArray array
            ? array.Select(JsonValues.AsString).OfType<string>().ToList()
            : JsonValues.AsString(node) is { } single ? [single] : new List<string>();
        var wanted = filter.Values;
        var first = wanted.Count > 0 ? wanted[0] : null;
        return filter.Operator switch
        {
            "IS" => values.Count == 0,
            "ISN" => values.Count > 0,
            "EQ" => values.Any(v => wanted.Any(w => Compare(type, v, w) == 0)),
            "N" => !values.Any(v => wanted.Any(w => Compare(type, v, w) == 0)),
            "IN" or "HASANYOF" => values.Any(v => wanted.Any(w => Compare(type, v, w) == 0)),
            "NIN" or "NHASANYOF" => !values.Any(v => wanted.Any(w => Compare(type, v, w) == 0)),
            "GT" => Need(first, filter) is var f1 && values.Any(v => Compare(type, v, f1) > 0),
            "GTE" => Need(first, filter) is var f2 && values.Any(v => Compare(type, v, f2) >= 0),
            "LT" => Need(first, filter) is var f3 && values.Any(v => Compare(type, v, f3) < 0),
            "LTE" => Need(first, filter) is var f4 && values.Any(v => Compare(type, v, f4) <= 0),
            "BETWEEN" => Between(type, values, wanted, filter),
            "NBETWEEN" => !Between(type, values, wanted, filter),
            "LIKE" or "CONTAINS" => values.Any(v => v.Contains(Need(first, filter), StringComparison.OrdinalIgnoreCase)),
            "NLIKE" => !values.Any(v => v.Contains(Need(first, filter), StringComparison.OrdinalIgnoreCase)),
            "STARTWITH" => values.Any(v => v.StartsWith(Need(first, filter), StringComparison.OrdinalIgnoreCase)),
            "ENDWITH" => values.Any(v => v.EndsWith(Need(first, filter), StringComparison.OrdinalIgnoreCase)),
            _ => throw new EmulatorException(EmulatorErrorCodes.ParameterError, $"operator {filter.Operator} is not supported"),
        };
    }

    /// <summary>Numbers and times compare numerically, everything else ordinally.</summary>
    public static int Compare(string type, string left, string right)
    {
        if ((FieldTypes.IsNumeric(type) || FieldTypes.IsTime(type))
            && JsonValues.TryDecimal(left, out var l) && JsonValues.TryDecimal(right, out var r))
        {
            return l.CompareTo(r);
        }

        return string.CompareOrdinal(left, right);
    }

    private static bool Between(string type, List<string> values, IReadOnlyList<string> wanted, QueryFilterSpec filter)
    {
        if (wanted.Count != 2)
        {
            throw new EmulatorException(EmulatorErrorCodes.ParameterError, $"{filter.Operator} on {filter.FieldName} needs two field_values");
        }

        return values.Any(v => Compare(type, v, wanted[0]) >= 0 && Compare(type, v, wanted[1]) <= 0);
    }

    private static string Need(string? first, QueryFilterSpec filter) =>
        first ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, $"{filter.Operator} on {filter.FieldName} needs a field value");
}

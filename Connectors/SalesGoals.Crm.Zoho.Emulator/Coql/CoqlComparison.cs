using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SalesGoals.Crm.Zoho.Emulator.Coql;

/// <summary><c>field op value</c>: =, !=, &lt;, &gt;, &lt;=, &gt;=, like, in, between, is null (each may be negated).</summary>
public sealed record CoqlComparison(string Field, string Operator, IReadOnlyList<JsonNode?> Values, bool Negated = false) : CoqlCondition
{
    public override bool Matches(Func<string, JsonNode?> field)
    {
        var value = Scalar(field(Field));
        var result = Operator switch
        {
            "is null" => value is null,
            "in" => Values.Any(v => Compare(value, v) == 0),
            "between" => Compare(value, Values[0]) >= 0 && Compare(value, Values[1]) <= 0,
            "like" => value is not null && Like(value.ToString(), Values[0]?.ToString() ?? string.Empty),
            "=" => Compare(value, Values[0]) == 0,
            "!=" or "<>" => Compare(value, Values[0]) != 0,
            "<" => Compare(value, Values[0]) < 0,
            ">" => Compare(value, Values[0]) > 0,
            "<=" => Compare(value, Values[0]) <= 0,
            ">=" => Compare(value, Values[0]) >= 0,
            _ => false,
        };
        return Negated ? !result : result;
    }

    /// <summary>Lookups compare by their id.</summary>
    public static JsonNode? Scalar(JsonNode? value) => value is JsonObject lookup ? lookup["id"] : value;

    /// <summary>Orders two values: numbers numerically, date-times as instants, text case-insensitively; null first.</summary>
    public static int Compare(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        if (left is JsonValue l && right is JsonValue r && l.GetValueKind() == JsonValueKind.Number && r.GetValueKind() == JsonValueKind.Number)
        {
            return l.GetValue<decimal>().CompareTo(r.GetValue<decimal>());
        }

        var a = left.ToString();
        var b = right.ToString();
        if (a.Contains('T', StringComparison.Ordinal) && b.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var x)
            && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var y))
        {
            return x.CompareTo(y);
        }

        if (decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var m)
            && decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
        {
            return m.CompareTo(n);
        }

        return string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Like(string value, string pattern) =>
        Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}

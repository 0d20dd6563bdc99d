using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary>Small readers over stored values.</summary>
internal static class JsonValues
{
    public static string? AsString(JsonNode? node) => node switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
        _ => null,
    };

    public static bool TryDecimal(string? text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number);

    public static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Length == 0,
        JsonValue value => value.GetValueKind() == JsonValueKind.Null,
        _ => false,
    };
}

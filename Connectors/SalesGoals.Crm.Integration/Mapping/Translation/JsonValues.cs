using System.Globalization;
using System.Text.Json;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>Small JSON helpers shared by the vendor formats.</summary>
internal static class JsonValues
{
    public static JsonElement String(string value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement Number(decimal value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement Number(long value) => JsonSerializer.SerializeToElement(value);

    /// <summary>A string, or a number's literal text (vendors are loose about which they send).</summary>
    public static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };

    public static bool TryDecimal(JsonElement element, out decimal value)
    {
        value = 0m;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDecimal(out value),
            JsonValueKind.String => decimal.TryParse(element.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    public static bool TryInt64(JsonElement element, out long value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt64(out value),
            JsonValueKind.String => long.TryParse(element.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }

    public static string Describe(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? $"\"{element.GetString()}\"" : element.GetRawText();
}

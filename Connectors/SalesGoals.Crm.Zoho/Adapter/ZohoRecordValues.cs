using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Reads typed values out of a Zoho record, tolerating numbers sent as strings.</summary>
public static class ZohoRecordValues
{
    public static string? Text(JsonObject record, string? field)
    {
        if (field is null || record[field] is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.ToJsonString(),
            _ => null,
        };
    }

    public static decimal? Number(JsonObject record, string? field)
    {
        if (field is null || record[field] is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.Number => value.GetValue<decimal>(),
            JsonValueKind.String when decimal.TryParse(value.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>A lookup's part (<c>Owner.id</c>, <c>Account_Name.name</c>), or null.</summary>
    public static string? LookupPart(JsonObject record, string? field, string part) =>
        field is not null && record[field] is JsonObject lookup && lookup[part] is JsonValue value ? value.ToString() : null;
}

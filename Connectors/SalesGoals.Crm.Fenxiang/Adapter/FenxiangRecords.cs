using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>Conversions between the client's JsonObject records and the translator's JsonElement maps.</summary>
internal static class FenxiangRecords
{
    public static IReadOnlyDictionary<string, JsonElement> ToElements(JsonObject record)
    {
        using var document = JsonDocument.Parse(record.ToJsonString());
        var map = new Dictionary<string, JsonElement>(System.StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            map[property.Name] = property.Value.Clone();
        }

        return map;
    }

    public static JsonObject ToObject(IReadOnlyDictionary<string, JsonElement> fields)
    {
        var record = new JsonObject();
        foreach (var (name, value) in fields)
        {
            record[name] = JsonNode.Parse(value.GetRawText());
        }

        return record;
    }

    public static string? Text(JsonObject record, string field) => record[field] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        JsonArray { Count: > 0 } list when list[0] is JsonValue first && first.GetValueKind() == JsonValueKind.String => first.GetValue<string>(),
        _ => null,
    };

    /// <summary>Invalidated (life_status invalid) or deleted: how deletions reach incremental sync.</summary>
    public static bool IsDeleted(JsonObject record) =>
        Text(record, "life_status") == "invalid"
        || record["is_deleted"] is JsonValue deleted && deleted.GetValueKind() == JsonValueKind.True;
}

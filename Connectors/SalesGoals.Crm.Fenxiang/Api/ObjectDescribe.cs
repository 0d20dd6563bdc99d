using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>An object's metadata: its fields keyed by apiName.</summary>
public sealed class ObjectDescribe
{
    [JsonPropertyName("api_name")]
    public string? ApiName { get; set; }

    [JsonPropertyName("display_name")]
    public string? DisplayName { get; set; }

    [JsonPropertyName("fields")]
    public Dictionary<string, FieldDescribe> Fields { get; set; } = [];
}

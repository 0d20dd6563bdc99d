using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>Body of insert, update and upsert: at most 100 records.</summary>
public sealed class ZohoWriteRequest
{
    public const int MaxRecords = 100;

    [JsonPropertyName("data")]
    public List<JsonObject> Data { get; init; } = [];

    [JsonPropertyName("duplicate_check_fields")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? DuplicateCheckFields { get; init; }

    /// <summary>Workflow triggers to run; empty means none (a sync should not fire workflows).</summary>
    [JsonPropertyName("trigger")]
    public List<string> Trigger { get; init; } = [];
}

using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>Per-record outcome of a write, in the order the records were sent.</summary>
public sealed class ZohoRecordResult
{
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    /// <summary>Upsert only: <c>insert</c> or <c>update</c>.</summary>
    [JsonPropertyName("action")]
    public string? Action { get; init; }

    [JsonPropertyName("duplicate_field")]
    public string? DuplicateField { get; init; }

    /// <summary>On success: id and times; on error: api_name, json_path, expected_data_type...</summary>
    [JsonPropertyName("details")]
    public JsonObject? Details { get; init; }

    [JsonIgnore]
    public bool IsSuccess => string.Equals(Status, "success", System.StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public string? RecordId => IsSuccess ? Details?["id"]?.GetValue<string>() : null;
}

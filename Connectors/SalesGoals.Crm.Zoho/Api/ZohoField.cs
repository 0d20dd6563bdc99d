using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>A field's metadata from settings/fields (only what the connector uses).</summary>
public sealed class ZohoField
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("api_name")]
    public string? ApiName { get; init; }

    [JsonPropertyName("field_label")]
    public string? FieldLabel { get; init; }

    [JsonPropertyName("data_type")]
    public string? DataType { get; init; }

    [JsonPropertyName("system_mandatory")]
    public bool SystemMandatory { get; init; }

    [JsonPropertyName("custom_field")]
    public bool CustomField { get; init; }

    /// <summary>Present (an object) when the field is unique; null otherwise.</summary>
    [JsonPropertyName("unique")]
    public JsonObject? Unique { get; init; }

    [JsonPropertyName("pick_list_values")]
    public List<ZohoPickListValue> PickListValues { get; init; } = [];
}

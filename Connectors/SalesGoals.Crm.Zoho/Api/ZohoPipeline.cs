using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

public sealed class ZohoPipeline
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("display_value")]
    public string? DisplayValue { get; init; }

    [JsonPropertyName("actual_value")]
    public string? ActualValue { get; init; }

    [JsonPropertyName("default")]
    public bool? Default { get; init; }

    [JsonPropertyName("maps")]
    public List<ZohoStageMap> Maps { get; init; } = [];
}

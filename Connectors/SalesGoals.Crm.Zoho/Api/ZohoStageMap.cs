using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>A stage inside a pipeline (<c>maps</c>): forecast_type says Open, Closed Won or Closed Lost.</summary>
public sealed class ZohoStageMap
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("display_value")]
    public string? DisplayValue { get; init; }

    [JsonPropertyName("actual_value")]
    public string? ActualValue { get; init; }

    [JsonPropertyName("sequence_number")]
    public int? SequenceNumber { get; init; }

    [JsonPropertyName("forecast_type")]
    public string? ForecastType { get; init; }

    [JsonPropertyName("forecast_category")]
    public ZohoForecastCategory? ForecastCategory { get; init; }
}

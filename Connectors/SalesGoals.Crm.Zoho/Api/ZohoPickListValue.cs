using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>A pick-list option; the Deals Stage field's options carry forecast_type.</summary>
public sealed class ZohoPickListValue
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("display_value")]
    public string? DisplayValue { get; init; }

    [JsonPropertyName("actual_value")]
    public string? ActualValue { get; init; }

    [JsonPropertyName("sequence_number")]
    public int? SequenceNumber { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("forecast_type")]
    public string? ForecastType { get; init; }

    [JsonPropertyName("forecast_category")]
    public ZohoForecastCategory? ForecastCategory { get; init; }

    [JsonPropertyName("probability")]
    public int? Probability { get; init; }
}

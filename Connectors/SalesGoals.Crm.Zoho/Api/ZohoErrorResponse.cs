using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>A whole-call error: <c>{"code":..,"details":{..},"message":..,"status":"error"}</c>.</summary>
public sealed class ZohoErrorResponse
{
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("details")]
    public JsonObject? Details { get; init; }
}

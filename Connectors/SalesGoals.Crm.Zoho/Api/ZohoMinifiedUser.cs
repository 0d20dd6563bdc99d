using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>A user reference as records carry it (Owner, deleted_by...).</summary>
public sealed class ZohoMinifiedUser
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }
}

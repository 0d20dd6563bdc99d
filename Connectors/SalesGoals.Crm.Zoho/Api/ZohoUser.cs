using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

public sealed class ZohoUser
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("full_name")]
    public string? FullName { get; init; }

    [JsonPropertyName("first_name")]
    public string? FirstName { get; init; }

    [JsonPropertyName("last_name")]
    public string? LastName { get; init; }

    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary><c>active</c>, <c>disabled</c>, <c>deleted</c>...</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }
}

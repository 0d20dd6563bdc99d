using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Auth;

/// <summary>Token endpoint answer. A failed refresh is still HTTP 200, with only <c>error</c> set.</summary>
public sealed class ZohoTokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary>The API host of the org's data centre; every CRM call goes there.</summary>
    [JsonPropertyName("api_domain")]
    public string? ApiDomain { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }
}

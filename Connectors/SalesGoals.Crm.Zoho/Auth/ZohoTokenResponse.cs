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

    /// <summary>Seconds in today's answers; older accounts servers sent milliseconds here (3600000)
    /// beside <see cref="ExpiresInSec"/>, so it is read only when that is absent.</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }

    /// <summary>The lifetime in seconds, sent beside a millisecond <see cref="ExpiresIn"/>.</summary>
    [JsonPropertyName("expires_in_sec")]
    public long? ExpiresInSec { get; init; }

    /// <summary><c>error_description</c> of a refused refresh (e.g. the "Access Denied" throttle).</summary>
    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }
}

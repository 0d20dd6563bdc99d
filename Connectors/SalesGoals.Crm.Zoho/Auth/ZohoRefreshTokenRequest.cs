using Refit;

namespace SalesGoals.Crm.Zoho.Auth;

/// <summary>Form body of the refresh_token grant.</summary>
public sealed class ZohoRefreshTokenRequest
{
    [AliasAs("grant_type")]
    public string GrantType { get; init; } = "refresh_token";

    [AliasAs("client_id")]
    public required string ClientId { get; init; }

    [AliasAs("client_secret")]
    public required string ClientSecret { get; init; }

    [AliasAs("refresh_token")]
    public required string RefreshToken { get; init; }
}

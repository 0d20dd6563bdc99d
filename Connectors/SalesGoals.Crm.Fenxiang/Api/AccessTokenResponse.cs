using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Answer of the current token endpoint <c>/oauth2.0/token</c>.</summary>
public sealed class AccessTokenResponse : FenxiangResponse
{
    [JsonPropertyName("accessToken")]
    public string? AccessToken { get; set; }

    /// <summary>Seconds left; less than 7200 when the same token is handed out again.</summary>
    [JsonPropertyName("expiresIn")]
    public long ExpiresIn { get; set; }

    [JsonPropertyName("ea")]
    public string? EnterpriseAccount { get; set; }

    [JsonPropertyName("appId")]
    public string? AppId { get; set; }

    [JsonPropertyName("openUserId")]
    public string? OpenUserId { get; set; }
}

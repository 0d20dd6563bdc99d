using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Answer of the legacy token endpoint <c>/cgi/corpAccessToken/get/V2</c>.</summary>
public sealed class CorpAccessTokenResponse : FenxiangResponse
{
    [JsonPropertyName("corpAccessToken")]
    public string? CorpAccessToken { get; set; }

    [JsonPropertyName("corpId")]
    public string? CorpId { get; set; }

    [JsonPropertyName("expiresIn")]
    public long ExpiresIn { get; set; }
}

using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Body of both token endpoints; <see cref="GrantType"/> only for the current one.</summary>
public sealed class TokenRequest
{
    [JsonPropertyName("appId")]
    public required string AppId { get; init; }

    [JsonPropertyName("appSecret")]
    public required string AppSecret { get; init; }

    [JsonPropertyName("permanentCode")]
    public required string PermanentCode { get; init; }

    [JsonPropertyName("grantType")]
    public string? GrantType { get; init; }
}

using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>The envelope of data calls. Legacy credentials (corpAccessToken, corpId, currentOpenUserId)
/// are added beside <see cref="Data"/> by the auth handler, never by callers.</summary>
public sealed class FenxiangRequest<TData>
{
    [JsonPropertyName("data")]
    public required TData Data { get; init; }

    /// <summary>Defaults to true on the server: integration writes pass false.</summary>
    [JsonPropertyName("triggerWorkFlow")]
    public bool? TriggerWorkFlow { get; init; }

    [JsonPropertyName("triggerApprovalFlow")]
    public bool? TriggerApprovalFlow { get; init; }
}

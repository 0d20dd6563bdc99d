using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>A deleted record: <c>type</c> is <c>recycle</c> (in the recycle bin) or <c>permanent</c>;
/// permanent ones come with null display_name and users.</summary>
public sealed class ZohoDeletedRecord
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("display_name")]
    public string? DisplayName { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("deleted_time")]
    public string? DeletedTime { get; init; }

    [JsonPropertyName("deleted_by")]
    public ZohoMinifiedUser? DeletedBy { get; init; }

    [JsonPropertyName("created_by")]
    public ZohoMinifiedUser? CreatedBy { get; init; }
}

using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>The <c>info</c> block of a records, users or deleted-records answer.</summary>
public sealed class ZohoPageInfo
{
    [JsonPropertyName("per_page")]
    public int? PerPage { get; init; }

    [JsonPropertyName("count")]
    public int? Count { get; init; }

    [JsonPropertyName("page")]
    public int? Page { get; init; }

    [JsonPropertyName("more_records")]
    public bool MoreRecords { get; init; }

    [JsonPropertyName("next_page_token")]
    public string? NextPageToken { get; init; }

    [JsonPropertyName("previous_page_token")]
    public string? PreviousPageToken { get; init; }

    [JsonPropertyName("page_token_expiry")]
    public string? PageTokenExpiry { get; init; }

    [JsonPropertyName("sort_by")]
    public string? SortBy { get; init; }

    [JsonPropertyName("sort_order")]
    public string? SortOrder { get; init; }
}

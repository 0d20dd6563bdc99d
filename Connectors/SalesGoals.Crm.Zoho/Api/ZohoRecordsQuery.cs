using Refit;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>Query string of GET records. <c>fields</c> is mandatory (≤ 50); <c>page</c> × <c>per_page</c>
/// reaches 2000 records at most, beyond that only <c>page_token</c> works.</summary>
public sealed class ZohoRecordsQuery
{
    [AliasAs("fields")]
    public required string Fields { get; init; }

    [AliasAs("per_page")]
    public int? PerPage { get; init; }

    [AliasAs("page")]
    public int? Page { get; init; }

    [AliasAs("page_token")]
    public string? PageToken { get; init; }

    [AliasAs("sort_by")]
    public string? SortBy { get; init; }

    [AliasAs("sort_order")]
    public string? SortOrder { get; init; }
}

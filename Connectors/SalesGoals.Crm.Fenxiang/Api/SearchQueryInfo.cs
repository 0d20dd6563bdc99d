using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Paging, filters, orders and projection. Mind the casing: <c>fieldProjection</c> here,
/// <c>field_name</c> in filters, <c>fieldName</c> in orders.</summary>
public sealed class SearchQueryInfo
{
    /// <summary>At most 100.</summary>
    [JsonPropertyName("limit")]
    public int Limit { get; init; } = 100;

    /// <summary>A multiple of <see cref="Limit"/>, at most 10000.</summary>
    [JsonPropertyName("offset")]
    public int Offset { get; init; }

    [JsonPropertyName("filters")]
    public IReadOnlyList<QueryFilter> Filters { get; init; } = [];

    [JsonPropertyName("orders")]
    public IReadOnlyList<QueryOrder> Orders { get; init; } = [];

    [JsonPropertyName("fieldProjection")]
    public IReadOnlyList<string>? FieldProjection { get; init; }
}

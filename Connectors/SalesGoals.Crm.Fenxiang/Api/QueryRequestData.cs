using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary><c>data</c> of a query: dataObjectApiName sits directly under data here (unlike create/update).</summary>
public sealed class QueryRequestData
{
    [JsonPropertyName("dataObjectApiName")]
    public required string DataObjectApiName { get; init; }

    /// <summary>False switches totals off (the answer's total is then 0).</summary>
    [JsonPropertyName("find_explicit_total_num")]
    public bool? FindExplicitTotalNum { get; init; }

    [JsonPropertyName("search_query_info")]
    public required SearchQueryInfo SearchQueryInfo { get; init; }
}

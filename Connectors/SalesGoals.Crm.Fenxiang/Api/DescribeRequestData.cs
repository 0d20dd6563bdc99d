using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary><c>data</c> of object/describe.</summary>
public sealed record DescribeRequestData(
    [property: JsonPropertyName("apiName")] string ApiName,
    [property: JsonPropertyName("includeDetail")] bool IncludeDetail = true);

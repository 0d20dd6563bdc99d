using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>One object of object/list; <see cref="DefineType"/> is "package" (preset) or "custom".</summary>
public sealed record ObjectSummary(
    [property: JsonPropertyName("describeApiName")] string DescribeApiName,
    [property: JsonPropertyName("describeDisplayName")] string? DescribeDisplayName,
    [property: JsonPropertyName("defineType")] string? DefineType);

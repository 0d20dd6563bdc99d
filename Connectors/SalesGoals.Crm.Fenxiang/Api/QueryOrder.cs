using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>One sort key (camelCase, unlike filters).</summary>
public sealed record QueryOrder(
    [property: JsonPropertyName("fieldName")] string FieldName,
    [property: JsonPropertyName("isAsc")] bool IsAscending);

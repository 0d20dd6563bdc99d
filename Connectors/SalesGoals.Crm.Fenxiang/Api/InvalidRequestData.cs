using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary><c>data</c> of invalid (soft delete): one id, snake_case.</summary>
public sealed record InvalidRequestData(
    [property: JsonPropertyName("dataObjectApiName")] string DataObjectApiName,
    [property: JsonPropertyName("object_data_id")] string ObjectDataId);

using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary><c>data</c> of a get.</summary>
public sealed record GetRequestData(
    [property: JsonPropertyName("dataObjectApiName")] string DataObjectApiName,
    [property: JsonPropertyName("objectDataId")] string ObjectDataId);

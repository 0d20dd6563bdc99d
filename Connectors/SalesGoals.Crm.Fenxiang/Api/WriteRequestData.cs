using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary><c>data</c> of create and update: dataObjectApiName sits inside object_data here.</summary>
public sealed record WriteRequestData([property: JsonPropertyName("object_data")] JsonObject ObjectData);

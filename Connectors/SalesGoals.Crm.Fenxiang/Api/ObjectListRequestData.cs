using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary><c>data</c> of object/list.</summary>
public sealed record ObjectListRequestData([property: JsonPropertyName("includeDetail")] bool IncludeDetail = false);

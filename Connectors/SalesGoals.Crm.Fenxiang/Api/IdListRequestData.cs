using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary><c>data</c> of delete and recover.</summary>
public sealed record IdListRequestData(
    [property: JsonPropertyName("dataObjectApiName")] string DataObjectApiName,
    [property: JsonPropertyName("idList")] IReadOnlyList<string> IdList);

using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Dataverse.WebApi.Api;

/// <summary>One page of rows: <c>value</c> and, when more rows follow, <c>@odata.nextLink</c>.</summary>
public sealed class ODataPage
{
    [JsonPropertyName("value")]
    public List<JsonObject> Value { get; init; } = [];

    [JsonPropertyName("@odata.nextLink")]
    public string? NextLink { get; init; }
}

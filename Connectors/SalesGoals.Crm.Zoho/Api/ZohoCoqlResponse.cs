using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>COQL answer; 204 with no body when nothing matches.</summary>
public sealed class ZohoCoqlResponse
{
    [JsonPropertyName("data")]
    public List<JsonObject> Data { get; init; } = [];

    [JsonPropertyName("info")]
    public ZohoCoqlInfo? Info { get; init; }
}

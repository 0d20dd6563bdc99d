using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>GET records answer: records keep Zoho's field names, so they stay JSON objects.</summary>
public sealed class ZohoRecordsResponse
{
    [JsonPropertyName("data")]
    public List<JsonObject> Data { get; init; } = [];

    [JsonPropertyName("info")]
    public ZohoPageInfo? Info { get; init; }
}

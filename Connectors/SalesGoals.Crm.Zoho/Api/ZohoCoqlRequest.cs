using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>COQL body: one SELECT with LIMIT ≤ 2000.</summary>
public sealed class ZohoCoqlRequest
{
    [JsonPropertyName("select_query")]
    public required string SelectQuery { get; init; }
}

using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary><c>GET /crm/v8/org</c>: one org in a list.</summary>
public sealed class ZohoOrgResponse
{
    [JsonPropertyName("org")]
    public List<ZohoOrg> Org { get; init; } = [];
}

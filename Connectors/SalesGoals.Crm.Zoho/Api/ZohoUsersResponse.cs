using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

public sealed class ZohoUsersResponse
{
    [JsonPropertyName("users")]
    public List<ZohoUser> Users { get; init; } = [];

    [JsonPropertyName("info")]
    public ZohoPageInfo? Info { get; init; }
}

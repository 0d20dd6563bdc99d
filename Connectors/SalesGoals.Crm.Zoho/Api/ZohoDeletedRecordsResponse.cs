using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

public sealed class ZohoDeletedRecordsResponse
{
    [JsonPropertyName("data")]
    public List<ZohoDeletedRecord> Data { get; init; } = [];

    [JsonPropertyName("info")]
    public ZohoPageInfo? Info { get; init; }
}

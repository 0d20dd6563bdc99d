using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

public sealed class ZohoCoqlInfo
{
    [JsonPropertyName("count")]
    public int Count { get; init; }

    [JsonPropertyName("more_records")]
    public bool MoreRecords { get; init; }
}

using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>Answer of insert/update/upsert: 200/201 all succeeded, 207 mixed, 400 all failed.</summary>
public sealed class ZohoWriteResponse
{
    [JsonPropertyName("data")]
    public List<ZohoRecordResult> Data { get; init; } = [];
}

using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Answer of a query. <c>data</c> is normally {dataList, offset, limit, total}; some doc pages
/// show a single record instead, so it is read loosely.</summary>
public sealed class QueryResponse : FenxiangResponse
{
    [JsonPropertyName("data")]
    public JsonObject? Data { get; set; }

    /// <summary>The records of this page (a single-record <c>data</c> counts as one).</summary>
    public IReadOnlyList<JsonObject> Records()
    {
        if (Data is null)
        {
            return [];
        }

        if (Data["dataList"] is JsonArray list)
        {
            var records = new List<JsonObject>(list.Count);
            foreach (var item in list)
            {
                if (item is JsonObject record)
                {
                    records.Add(record);
                }
            }

            return records;
        }

        return Data.ContainsKey("_id") ? [Data] : [];
    }

    /// <summary>The total the server reported: 0 when totals are off. Never use it to decide paging.</summary>
    public long Total =>
        Data?["total"] is JsonValue total && total.GetValueKind() == JsonValueKind.Number ? total.GetValue<long>() : 0;
}

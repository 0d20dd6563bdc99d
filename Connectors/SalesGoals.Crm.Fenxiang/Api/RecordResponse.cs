using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Answer of a get: <c>data</c> is the record map.</summary>
public sealed class RecordResponse : FenxiangResponse
{
    [JsonPropertyName("data")]
    public JsonObject? Data { get; set; }
}

using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Answer of object/list.</summary>
public sealed class ObjectListResponse : FenxiangResponse
{
    [JsonPropertyName("data")]
    public ObjectListData? Data { get; set; }
}

using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Answer of object/describe.</summary>
public sealed class DescribeResponse : FenxiangResponse
{
    [JsonPropertyName("data")]
    public DescribeData? Data { get; set; }
}

using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>The <c>data</c> of a describe answer.</summary>
public sealed class DescribeData
{
    [JsonPropertyName("describe")]
    public ObjectDescribe? Describe { get; set; }
}

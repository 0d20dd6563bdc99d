using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>The objects of the tenant.</summary>
public sealed class ObjectListData
{
    [JsonPropertyName("objects")]
    public List<ObjectSummary> Objects { get; set; } = [];
}

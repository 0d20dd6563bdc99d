using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Answer of a create: the new record's id.</summary>
public sealed class CreateRecordResponse : FenxiangResponse
{
    [JsonPropertyName("dataId")]
    public string? DataId { get; set; }
}

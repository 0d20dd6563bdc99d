using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Fields every Fenxiang answer carries. Errors come back with HTTP 200: success is errorCode 0 only.</summary>
public class FenxiangResponse
{
    [JsonPropertyName("errorCode")]
    public long ErrorCode { get; set; }

    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; set; }

    [JsonPropertyName("errorDescription")]
    public string? ErrorDescription { get; set; }

    [JsonPropertyName("traceId")]
    public string? TraceId { get; set; }
}

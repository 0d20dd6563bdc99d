using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

public sealed class ZohoPipelineResponse
{
    [JsonPropertyName("pipeline")]
    public List<ZohoPipeline> Pipeline { get; init; } = [];
}

using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

public sealed class ZohoModulesResponse
{
    [JsonPropertyName("modules")]
    public List<ZohoModule> Modules { get; init; } = [];
}

using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

public sealed class ZohoFieldsResponse
{
    [JsonPropertyName("fields")]
    public List<ZohoField> Fields { get; init; } = [];
}

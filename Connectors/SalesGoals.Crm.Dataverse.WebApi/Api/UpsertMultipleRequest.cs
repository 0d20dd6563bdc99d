using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Dataverse.WebApi.Api;

/// <summary>The UpsertMultiple body: <c>{"Targets":[{"@odata.type":"Microsoft.Dynamics.CRM.t","@odata.id":"set(key)",…}]}</c>.</summary>
public sealed class UpsertMultipleRequest
{
    [JsonPropertyName("Targets")]
    public List<JsonObject> Targets { get; init; } = [];
}

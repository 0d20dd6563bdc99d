using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Dataverse.WebApi.Client;

/// <summary>One row to upsert: its key (OData key syntax) and its columns (lookups as <c>nav@odata.bind</c>).</summary>
public sealed record UpsertItem(string Key, JsonObject Columns);

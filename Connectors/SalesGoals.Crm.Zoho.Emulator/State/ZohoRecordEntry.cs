using System;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>A stored record: its data as Zoho returns it, plus typed times for sorting.</summary>
public sealed class ZohoRecordEntry
{
    public ZohoRecordEntry(string id, JsonObject data, DateTimeOffset created, DateTimeOffset modified)
    {
        Id = id;
        Data = data;
        Created = created;
        Modified = modified;
    }

    public string Id { get; }

    public JsonObject Data { get; }

    public DateTimeOffset Created { get; }

    public DateTimeOffset Modified { get; set; }
}

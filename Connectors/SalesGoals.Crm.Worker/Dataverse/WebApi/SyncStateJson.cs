using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Worker.Dataverse.WebApi;

/// <summary>Translates <see cref="SyncStateRecord"/> to and from sg_syncstate as the Web API reads and writes it.</summary>
internal static class SyncStateJson
{
    public static IReadOnlyList<string> Columns { get; } =
        ["sg_system", "sg_object", "sg_watermark", "sg_lastrunon", "sg_lastsuccesson", "sg_syncstatus", "sg_lasterror", "sg_recordsprocessed"];

    public static string Key(Integration.ExternalSystem system, string objectName) => Crm.Dataverse.WebApi.Client.ODataKey.Alternate(
        ("sg_system", SchemaValues.SystemValue(system)), ("sg_object", objectName));

    public static JsonObject Write(SyncStateRecord state)
    {
        var row = new JsonObject
        {
            ["sg_name"] = $"{state.System} {state.ObjectName}",
            ["sg_watermark"] = state.Watermark,
            ["sg_lastrunon"] = JsonColumns.InstantValue(state.LastRunOn),
            ["sg_syncstatus"] = state.Failed ? SchemaValues.SyncFailed : SchemaValues.SyncSucceeded,
            ["sg_lasterror"] = state.LastError,
            ["sg_recordsprocessed"] = state.RecordsProcessed,
        };
        if (state.LastSuccessOn is { } success)
        {
            row["sg_lastsuccesson"] = JsonColumns.InstantValue(success);
        }

        return row;
    }

    public static SyncStateRecord Read(JsonObject row) => new()
    {
        System = SchemaValues.SystemFrom(JsonColumns.Int(row, "sg_system") ?? 0),
        ObjectName = JsonColumns.Text(row, "sg_object") ?? string.Empty,
        Watermark = JsonColumns.Text(row, "sg_watermark"),
        LastRunOn = JsonColumns.Instant(row, "sg_lastrunon"),
        LastSuccessOn = JsonColumns.Instant(row, "sg_lastsuccesson"),
        Failed = JsonColumns.Int(row, "sg_syncstatus") == SchemaValues.SyncFailed,
        LastError = JsonColumns.Text(row, "sg_lasterror"),
        RecordsProcessed = JsonColumns.Int(row, "sg_recordsprocessed") ?? 0,
    };
}

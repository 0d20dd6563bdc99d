using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>Translates <see cref="SyncStateRecord"/> to and from sg_syncstate columns.</summary>
internal static class SyncStateColumns
{
    public static void Write(SyncStateRecord state, Entity target)
    {
        target["sg_name"] = $"{state.System} {state.ObjectName}";
        target["sg_watermark"] = state.Watermark;
        target["sg_lastrunon"] = state.LastRunOn?.UtcDateTime;
        if (state.LastSuccessOn is DateTimeOffset success)
        {
            target["sg_lastsuccesson"] = success.UtcDateTime;
        }

        target["sg_syncstatus"] = new OptionSetValue(state.Failed ? SchemaValues.SyncFailed : SchemaValues.SyncSucceeded);
        target["sg_lasterror"] = state.LastError;
        target["sg_recordsprocessed"] = state.RecordsProcessed;
    }

    public static SyncStateRecord Read(Entity row) => new()
    {
        System = SchemaValues.SystemFrom(row.GetAttributeValue<OptionSetValue>("sg_system").Value),
        ObjectName = row.GetAttributeValue<string>("sg_object"),
        Watermark = row.GetAttributeValue<string>("sg_watermark"),
        LastRunOn = Instant(row, "sg_lastrunon"),
        LastSuccessOn = Instant(row, "sg_lastsuccesson"),
        Failed = row.GetAttributeValue<OptionSetValue>("sg_syncstatus")?.Value == SchemaValues.SyncFailed,
        LastError = row.GetAttributeValue<string>("sg_lasterror"),
        RecordsProcessed = row.GetAttributeValue<int?>("sg_recordsprocessed") ?? 0,
    };

    private static DateTimeOffset? Instant(Entity row, string column) =>
        row.GetAttributeValue<DateTime?>(column) is DateTime value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}

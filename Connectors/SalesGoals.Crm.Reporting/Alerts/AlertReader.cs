using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Reporting.Data;

namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>Reads the sg_goalalert rows that still owe a notice: never notified, or resolved and the resolution not yet told.</summary>
internal static class AlertReader
{
    private static readonly string[] Columns =
        ["sg_goalalertid", "_sg_goalid_value", "_sg_assigneeid_value", "sg_kind", "sg_alertstatus", "sg_pacegapatraise", "sg_topopportunities", "sg_notifiedon", "sg_resolution"];

    /// <summary>Every such alert, or only <paramref name="alertId"/> when it is one.</summary>
    public static async Task<IReadOnlyList<PendingAlert>> ReadPendingAsync(DataverseWebApiClient client, Guid? alertId, CancellationToken cancellationToken)
    {
        var filter = $"statecode eq 0 and (sg_notifiedon eq null or (sg_alertstatus eq {DataverseNames.AlertStatusResolved} and sg_resolutionnotifiedon eq null))";
        if (alertId is { } id)
        {
            filter = $"sg_goalalertid eq {id:D} and " + filter;
        }

        var rows = await client.QueryAsync(DataverseNames.Alerts, new ODataQuery(Columns, filter, "sg_raisedon asc"), cancellationToken).ConfigureAwait(false);
        return rows.Where(r => JsonRow.Lookup(r, "sg_goalid").HasValue).Select(Read).ToList();
    }

    private static PendingAlert Read(JsonObject row) => new()
    {
        Id = JsonRow.Guid(row, "sg_goalalertid")!.Value,
        GoalId = JsonRow.Lookup(row, "sg_goalid")!.Value,
        AssigneeId = JsonRow.Lookup(row, "sg_assigneeid"),
        Kind = (AlertKind)((JsonRow.Int(row, "sg_kind") ?? DataverseNames.AlertKindAtRisk) - DataverseNames.AlertKindAtRisk),
        IsResolved = JsonRow.Int(row, "sg_alertstatus") == DataverseNames.AlertStatusResolved,
        Resolution = JsonRow.Int(row, "sg_resolution") == DataverseNames.ResolutionPeriodEnded ? AlertResolution.PeriodEnded : AlertResolution.BackOnTrack,
        WasNotified = JsonRow.Text(row, "sg_notifiedon") is not null,
        PaceGapAtRaise = JsonRow.Decimal(row, "sg_pacegapatraise"),
        FollowUps = FollowUps(JsonRow.Text(row, "sg_topopportunities")),
    };

    // The plug-ins store [{"id":…,"name":…,"weighted":…,"kind":"opportunity"|"lead"}] in rank order ("kind" absent
    // on rows written before leads were listed); anything else is read as no follow-ups rather than failing the alert.
    private static IReadOnlyList<FollowUp> FollowUps(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return (JsonNode.Parse(json) as JsonArray ?? [])
                .OfType<JsonObject>()
                .Select(o => new FollowUp(o["id"]?.ToString() ?? "", o["name"]?.ToString() ?? "", o["weighted"] is JsonValue w ? w.GetValue<decimal>() : 0m, o["kind"]?.ToString() == "lead"))
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}

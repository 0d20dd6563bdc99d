using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Reporting.Data;
using SalesGoals.Crm.Reporting.Reports;
using SalesGoals.Crm.Reporting.Teams;

namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>
/// Tells people about goal alerts the plug-ins raised (sg_goalalert): the rep and the rep's manager each get an in-app
/// notification (appnotification, owned by them) in their own UI language with the figures and the top follow-ups,
/// a Teams channel gets one message, and each registered <see cref="IAlertNoticeSink"/> (the worker's tasks in Zoho and
/// Fenxiang) gets the rep's notice. Each alert is told once when raised and once when resolved ("back on track", or
/// "period ended" when the daily sweep closed its goal while still at risk):
/// the row is stamped (sg_notifiedon, sg_resolutionnotifiedon) after delivery, and notifications have ids derived from
/// (alert, recipient, phase), so a run interrupted before the stamp writes the same notifications again, not new ones.
/// A Teams message of such an interrupted run can be posted twice (a webhook has no idempotency key).
/// </summary>
public sealed class AlertDeliveryService
{
    private readonly DataverseWebApiClient _client;
    private readonly ITeamsWebhookApi _teams;
    private readonly AlertDeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<IAlertNoticeSink> _sinks;

    public AlertDeliveryService(
        DataverseWebApiClient client, ITeamsWebhookApi teams, IOptions<AlertDeliveryOptions> options, TimeProvider time, IEnumerable<IAlertNoticeSink> sinks)
    {
        ArgumentNullException.ThrowIfNull(options);
        _sinks = sinks?.ToList() ?? [];
        _client = client;
        _teams = teams;
        _options = options.Value;
        _time = time;
    }

    /// <summary>Tells every alert that still owes a notice.</summary>
    public Task<AlertDeliveryResult> DeliverAsync(CancellationToken cancellationToken) => DeliverAsync(null, cancellationToken);

    /// <summary>Tells one alert (<paramref name="alertId"/>) what it still owes, or every such alert when null. An alert that
    /// owes nothing any more (told meanwhile, e.g. by another worker) is left alone: delivering it again changes nothing.</summary>
    public async Task<AlertDeliveryResult> DeliverAsync(Guid? alertId, CancellationToken cancellationToken)
    {
        var pending = await AlertReader.ReadPendingAsync(_client, alertId, cancellationToken).ConfigureAwait(false);
        if (pending.Count == 0)
        {
            return new AlertDeliveryResult(0, 0, 0, 0);
        }

        var data = await new DataverseReportReader(_client).ReadForGoalsAsync(pending.Select(a => a.GoalId), cancellationToken).ConfigureAwait(false);
        var goals = data.Goals.ToDictionary(g => g.Id);
        var tree = new GoalTree(data.Goals);
        int notices = 0, notifications = 0, posts = 0, stale = 0;
        foreach (var alert in pending)
        {
            if (alert.Owed is not { } phase || !goals.TryGetValue(alert.GoalId, out var goal))
            {
                // Resolved before anyone was told, or its goal is no longer Active/Closed: nothing to say, never ask again.
                await StampAsync(alert.Id, ["sg_notifiedon", "sg_resolutionnotifiedon"], cancellationToken).ConfigureAwait(false);
                stale++;
                continue;
            }

            var assignee = data.NameOf(goal);
            var playbook = tree.TeamOf(goal) is { } team && data.Playbooks.TryGetValue(team, out var url) ? url : null;
            foreach (var recipient in Recipients(alert, goal, data))
            {
                var language = recipient.PrefersChinese ? ReportLanguage.Chinese : ReportLanguage.English;
                var message = AlertMessageComposer.Compose(alert, phase, goal, assignee, playbook, language);
                await _client.UpsertAsync(DataverseNames.Notifications, ODataKey.Id(NotificationId(alert.Id, recipient.Id, phase)),
                    Notification(message, alert, phase, goal, recipient), "appnotificationid", cancellationToken).ConfigureAwait(false);
                notifications++;
            }

            // The rep's own language for what is addressed to the rep (Teams, tasks in the rep's CRM).
            var rep = alert.AssigneeId ?? goal.AssigneeUserId;
            var repLanguage = rep is { } r && data.People.TryGetValue(r, out var person) && person.PrefersChinese ? ReportLanguage.Chinese : ReportLanguage.English;
            var repMessage = AlertMessageComposer.Compose(alert, phase, goal, assignee, playbook, repLanguage);
            if (_options.TeamsWebhookUrl is { } webhook)
            {
                await PostAsync(webhook, repMessage, cancellationToken).ConfigureAwait(false);
                posts++;
            }

            var notice = new AlertNotice(alert.Id, alert.Kind, phase, goal.Id, goal.End, rep, repMessage, alert.Resolution);
            foreach (var sink in _sinks)
            {
                await sink.DeliverAsync(notice, cancellationToken).ConfigureAwait(false);
            }

            await StampAsync(alert.Id, [phase == AlertPhase.Raised ? "sg_notifiedon" : "sg_resolutionnotifiedon"], cancellationToken).ConfigureAwait(false);
            notices++;
        }

        return new AlertDeliveryResult(notices, notifications, posts, stale);
    }

    /// <summary>The alerts that still owe something: a notice (<see cref="PendingAlert.Owed"/>) or, when stale, a stamp.</summary>
    public Task<IReadOnlyList<PendingAlert>> ReadPendingAsync(CancellationToken cancellationToken) =>
        AlertReader.ReadPendingAsync(_client, null, cancellationToken);

    /// <summary>The rep (the alert's assignee, else the goal's) and the rep's manager (systemuser.parentsystemuserid, else
    /// the goal's manager); one notice each, and one only when they are the same person.</summary>
    private static IEnumerable<PersonRow> Recipients(PendingAlert alert, GoalRow goal, ReportDataSet data)
    {
        var rep = alert.AssigneeId ?? goal.AssigneeUserId;
        var manager = (rep is { } r && data.People.TryGetValue(r, out var person) ? person.ManagerId : null) ?? goal.ManagerId;
        return new[] { rep, manager }.OfType<Guid>().Distinct()
            .Select(id => data.People.TryGetValue(id, out var p) ? p : null)
            .OfType<PersonRow>();
    }

    private JsonObject Notification(AlertMessage message, PendingAlert alert, AlertPhase phase, GoalRow goal, PersonRow recipient)
    {
        var atRisk = phase == AlertPhase.Raised && alert.Kind == AlertKind.AtRisk;
        // The in-app notification's actions, in the expando shape the platform reads: one link opening the goal.
        var data = new JsonObject
        {
            ["@odata.type"] = "#Microsoft.Dynamics.CRM.expando",
            ["actions@odata.type"] = "#Collection(Microsoft.Dynamics.CRM.expando)",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["title"] = recipient.PrefersChinese ? "打开目标" : "Open goal",
                ["data"] = new JsonObject
                {
                    ["@odata.type"] = "#Microsoft.Dynamics.CRM.expando",
                    ["type"] = "url",
                    ["url"] = $"?pagetype=entityrecord&etn=sg_goal&id={goal.Id:D}",
                    ["navigationTarget"] = "newWindow",
                },
            }),
        };
        return new JsonObject
        {
            ["title"] = message.Title,
            ["body"] = message.Body,
            ["icontype"] = atRisk ? 100_000_003 : 100_000_001,
            ["toasttype"] = 200_000_000,
            ["priority"] = atRisk ? 200_000_001 : 200_000_000,
            ["ttlinseconds"] = (int)_options.NotificationLifetime.TotalSeconds,
            ["data"] = data.ToJsonString(),
            ["ownerid@odata.bind"] = JsonRow.Bind(DataverseNames.Users, recipient.Id),
        };
    }

    private async Task PostAsync(Uri webhook, AlertMessage message, CancellationToken cancellationToken)
    {
        var body = new List<AdaptiveElement> { AdaptiveElement.Heading(message.Title), AdaptiveElement.Paragraph(message.Body) };
        body.Add(AdaptiveElement.FactSet(message.Facts.Select(f => new AdaptiveFact(f.Label, f.Value)).ToList()));
        var query = System.Web.HttpUtility.ParseQueryString(webhook.Query);
        var parameters = query.AllKeys.OfType<string>().ToDictionary(k => k, k => query[k] ?? "");
        await _teams.PostAsync(webhook.AbsolutePath.TrimStart('/'), parameters, TeamsMessage.Of(new AdaptiveCard { Body = body }), cancellationToken).ConfigureAwait(false);
    }

    private async Task StampAsync(Guid alertId, IEnumerable<string> columns, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var update = new JsonObject();
        foreach (var column in columns)
        {
            update[column] = now;
        }

        await _client.UpsertAsync(DataverseNames.Alerts, ODataKey.Id(alertId), update, "sg_goalalertid", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A stable id per (alert, recipient, phase): writing the same notice twice updates one row.</summary>
    public static Guid NotificationId(Guid alertId, Guid recipientId, AlertPhase phase)
    {
        var input = new byte[33];
        alertId.TryWriteBytes(input);
        recipientId.TryWriteBytes(input.AsSpan(16));
        input[32] = (byte)phase;
        var hash = SHA256.HashData(input);
        hash[7] = (byte)((hash[7] & 0x0F) | 0x50); // version 5-style (name-based)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash.AsSpan(0, 16));
    }
}

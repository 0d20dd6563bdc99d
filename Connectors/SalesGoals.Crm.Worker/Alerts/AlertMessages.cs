using System;
using System.Globalization;
using System.Text.Json;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Reporting.Alerts;

namespace SalesGoals.Crm.Worker.Alerts;

/// <summary>
/// "deliver-alert" messages: one per (alert, notice owed). The id is derived from both, so every worker instance that
/// finds the same pending alert queues the same id and the queue's duplicate detection keeps one; the resolution of
/// the same alert later is a new id, i.e. new work.
/// </summary>
public static class AlertMessages
{
    public const string DeliverAlert = "deliver-alert";

    /// <summary>What an alert that owes no notice still needs: its stamp, so it is never looked at again.</summary>
    public const string StaleNotice = "stale";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static QueueMessage Create(PendingAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var notice = alert.Owed switch
        {
            AlertPhase.Raised => "raised",
            AlertPhase.Resolved => "resolved",
            _ => StaleNotice,
        };
        var message = new QueueMessage(JsonSerializer.SerializeToUtf8Bytes(new DeliverAlertCommand(alert.Id, notice), Json))
        {
            MessageId = string.Create(CultureInfo.InvariantCulture, $"{DeliverAlert}:{alert.Id:N}:{notice}"),
            Subject = DeliverAlert,
            ContentType = "application/json",
        };
        message.ApplicationProperties[Messaging.SyncMessages.EntityVersion] = (long)(alert.Owed is { } phase ? (int)phase : -1);
        return message;
    }

    public static DeliverAlertCommand Read(ReadOnlyMemory<byte> body) =>
        JsonSerializer.Deserialize<DeliverAlertCommand>(body.Span, Json) ?? throw new JsonException("Empty deliver-alert command.");
}

using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Worker.Messaging;

/// <summary>
/// The work messages on the queue. The consumer host's idempotency key is the message id plus the
/// "entity-version" property, here the cycle number: a redelivery in the same cycle has no second effect,
/// the next cycle's message is new work.
/// </summary>
public static class SyncMessages
{
    /// <summary>Read a system's deal changes into sg_externalactual.</summary>
    public const string PullActuals = "pull-actuals";

    /// <summary>Goal progress may have changed: write it to a system.</summary>
    public const string ProgressChanged = "progress-changed";

    /// <summary>A Dataverse service-endpoint post (remote execution context), forwarded by the sandbox.</summary>
    public const string DataverseEvent = "dataverse-event";

    /// <summary>Re-evaluate the pace of every active goal as of the message's instant (the daily sweep).</summary>
    public const string PaceSweep = "pace-sweep";

    /// <summary>Run the next slice of a goal's recalculation (sg_RecalculateGoal); the handler queues the slice after it.</summary>
    public const string Recalculate = "recalculate-goal";

    public const string EntityVersion = "entity-version";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static QueueMessage Create(string subject, SyncCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var message = new QueueMessage(JsonSerializer.SerializeToUtf8Bytes(command, Json))
        {
            MessageId = string.Create(CultureInfo.InvariantCulture, $"{subject}:{command.System}:{command.Cycle}"),
            Subject = subject,
            ContentType = "application/json",
        };
        message.ApplicationProperties[EntityVersion] = (long)command.Cycle;
        return message;
    }

    /// <summary>A sweep message: one per instant, so a redelivered or re-sent sweep for the same instant is a duplicate.</summary>
    public static QueueMessage CreateSweep(DateTimeOffset asOf)
    {
        var message = new QueueMessage(JsonSerializer.SerializeToUtf8Bytes(new PaceSweepCommand(asOf), Json))
        {
            MessageId = string.Create(CultureInfo.InvariantCulture, $"{PaceSweep}:{asOf.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}"),
            Subject = PaceSweep,
            ContentType = "application/json",
        };
        message.ApplicationProperties[EntityVersion] = asOf.ToUnixTimeSeconds();
        return message;
    }

    /// <summary>A slice message: one per (goal, slice), so a redelivered slice message is a duplicate and the next slice is new work.</summary>
    public static QueueMessage CreateRecalculation(RecalculationCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var message = new QueueMessage(JsonSerializer.SerializeToUtf8Bytes(command, Json))
        {
            MessageId = string.Create(CultureInfo.InvariantCulture, $"{Recalculate}:{command.GoalId:N}:{command.Slice}"),
            Subject = Recalculate,
            ContentType = "application/json",
        };
        message.ApplicationProperties[EntityVersion] = (long)command.Slice;
        return message;
    }

    public static RecalculationCommand ReadRecalculation(ReadOnlyMemory<byte> body) =>
        JsonSerializer.Deserialize<RecalculationCommand>(body.Span, Json) ?? throw new JsonException("Empty recalculate-goal command.");

    /// <summary>The daily sweep of one local date: every worker schedules the same id, so the queue's duplicate
    /// detection keeps one and a second worker never sweeps the day again.</summary>
    public static QueueMessage CreateDailySweep(DateOnly localDate, DateTimeOffset asOf)
    {
        var message = new QueueMessage(JsonSerializer.SerializeToUtf8Bytes(new PaceSweepCommand(asOf), Json))
        {
            MessageId = string.Create(CultureInfo.InvariantCulture, $"{PaceSweep}:{localDate:yyyy-MM-dd}"),
            Subject = PaceSweep,
            ContentType = "application/json",
        };
        message.ApplicationProperties[EntityVersion] = (long)localDate.DayNumber;
        return message;
    }

    public static PaceSweepCommand ReadSweep(ReadOnlyMemory<byte> body) =>
        JsonSerializer.Deserialize<PaceSweepCommand>(body.Span, Json) ?? throw new JsonException("Empty pace-sweep command.");

    public static SyncCommand Read(ReadOnlyMemory<byte> body) =>
        JsonSerializer.Deserialize<SyncCommand>(body.Span, Json) ?? throw new JsonException("Empty sync command.");
}

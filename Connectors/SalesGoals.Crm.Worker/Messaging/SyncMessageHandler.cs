using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Worker.Messaging;

/// <summary>
/// Does the work the queue carries: "pull-actuals" reads a system's deals into Dataverse and then queues
/// "progress-changed" for it; "progress-changed" writes goal progress to the system; "pace-sweep"
/// re-evaluates every active goal's pace as of an instant (sg_EvaluatePace). A failure is rethrown
/// so the consumer host retries and finally dead-letters the message.
/// </summary>
public sealed class SyncMessageHandler : IQueueMessageHandler
{
    private readonly IReadOnlyDictionary<ExternalSystem, ConnectedSystem> _systems;
    private readonly DealSyncService _deals;
    private readonly ProgressPublisher _progress;
    private readonly IQueueSender _sender;
    private readonly SyncActivity _activity;
    private readonly PaceSweeper? _sweeper;
    private readonly GoalRecalculator? _recalculator;

    public SyncMessageHandler(
        IEnumerable<ConnectedSystem> systems, DealSyncService deals, ProgressPublisher progress, IQueueSender sender, SyncActivity activity, PaceSweeper? sweeper = null,
        GoalRecalculator? recalculator = null)
    {
        _sweeper = sweeper;
        _recalculator = recalculator;
        ArgumentNullException.ThrowIfNull(systems);
        _systems = systems.ToDictionary(s => s.System);
        _deals = deals ?? throw new ArgumentNullException(nameof(deals));
        _progress = progress ?? throw new ArgumentNullException(nameof(progress));
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
        _activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public async Task HandleAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Subject == SyncMessages.DataverseEvent)
        {
            _activity.DataverseEvent(Encoding.UTF8.GetString(message.Body.Span));
            return;
        }

        if (message.Subject == SyncMessages.PaceSweep)
        {
            await SweepAsync(message, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (message.Subject == SyncMessages.Recalculate)
        {
            await RecalculateAsync(message, cancellationToken).ConfigureAwait(false);
            return;
        }

        var command = ReadCommand(message);
        try
        {
            switch (message.Subject)
            {
                case SyncMessages.PullActuals:
                    var pulled = await _deals.SyncAsync(System(command), cancellationToken).ConfigureAwait(false);
                    _activity.Pulled(command.Cycle, pulled);
                    await _sender.SendAsync(SyncMessages.Create(SyncMessages.ProgressChanged, command), cancellationToken).ConfigureAwait(false);
                    _activity.Sent();
                    break;
                case SyncMessages.ProgressChanged:
                    var published = await _progress.PublishAsync(System(command), cancellationToken).ConfigureAwait(false);
                    _activity.Published(command.Cycle, published);
                    break;
                default:
                    throw new UnprocessableMessageException($"Unknown message subject '{message.Subject}'.");
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _activity.Failed($"{message.Subject} {command.System} cycle {command.Cycle} (delivery {message.DeliveryCount}): {exception.Message}");
            throw;
        }
    }

    private async Task SweepAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        if (_sweeper is null)
        {
            throw new UnprocessableMessageException("This worker runs no pace sweep (no sweeper configured).");
        }

        PaceSweepCommand command;
        try
        {
            command = SyncMessages.ReadSweep(message.Body);
        }
        catch (JsonException exception)
        {
            throw new UnprocessableMessageException($"Message {message.MessageId} is not a pace-sweep command: {exception.Message}");
        }

        try
        {
            _activity.Swept(await _sweeper.SweepAsync(command.AsOf, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _activity.Failed($"{message.Subject} as of {command.AsOf:O} (delivery {message.DeliveryCount}): {exception.Message}");
            throw;
        }
    }

    private async Task RecalculateAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        if (_recalculator is null)
        {
            throw new UnprocessableMessageException("This worker runs no recalculation (no recalculator configured).");
        }

        RecalculationCommand command;
        try
        {
            command = SyncMessages.ReadRecalculation(message.Body);
        }
        catch (JsonException exception)
        {
            throw new UnprocessableMessageException($"Message {message.MessageId} is not a recalculate-goal command: {exception.Message}");
        }

        try
        {
            var (page, next) = await _recalculator.RunSliceAsync(command, cancellationToken).ConfigureAwait(false);
            if (next is not null)
            {
                await _sender.SendAsync(SyncMessages.CreateRecalculation(next), cancellationToken).ConfigureAwait(false);
                _activity.Sent();
            }

            _activity.Recalculated(command.GoalId, command.Slice, page);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _activity.Failed($"{message.Subject} {command.GoalId} slice {command.Slice} (delivery {message.DeliveryCount}): {exception.Message}");
            throw;
        }
    }

    private ConnectedSystem System(SyncCommand command) =>
        _systems.TryGetValue(command.System, out var system)
            ? system
            : throw new UnprocessableMessageException($"No connected system {command.System}.");

    private static SyncCommand ReadCommand(ReceivedQueueMessage message)
    {
        try
        {
            return SyncMessages.Read(message.Body);
        }
        catch (JsonException exception)
        {
            throw new UnprocessableMessageException($"Message {message.MessageId} is not a sync command: {exception.Message}");
        }
    }
}

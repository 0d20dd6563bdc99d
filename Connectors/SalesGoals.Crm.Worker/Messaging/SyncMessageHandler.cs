using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Worker.Messaging;

/// <summary>
/// Does the work the queue carries: "pull-actuals" reads a system's deals into Dataverse and then queues
/// "progress-changed" for it (the per-cycle catch-up); "progress-changed" writes every computed goal's progress
/// to the system; a Dataverse service-endpoint post for a goal writes that goal alone to every system;
/// "pace-sweep" re-evaluates every active goal's pace as of an instant (sg_EvaluatePace). A failure is rethrown
/// so the consumer host retries and finally dead-letters the message.
/// </summary>
public sealed class SyncMessageHandler : IQueueMessageHandler
{
    private readonly IConnectedSystems _systems;
    private readonly DealSyncService _deals;
    private readonly ProgressPublisher _progress;
    private readonly IQueueSender _sender;
    private readonly SyncActivity _activity;
    private readonly PaceSweeper? _sweeper;
    private readonly GoalRecalculator? _recalculator;
    private readonly ConcurrentDictionary<ExternalSystem, SemaphoreSlim> _pullGates = new();

    public SyncMessageHandler(
        IEnumerable<ConnectedSystem> systems, DealSyncService deals, ProgressPublisher progress, IQueueSender sender, SyncActivity activity, PaceSweeper? sweeper = null,
        GoalRecalculator? recalculator = null)
        : this(new FixedConnectedSystems(systems), deals, progress, sender, activity, sweeper, recalculator)
    {
    }

    public SyncMessageHandler(
        IConnectedSystems systems, DealSyncService deals, ProgressPublisher progress, IQueueSender sender, SyncActivity activity, PaceSweeper? sweeper = null,
        GoalRecalculator? recalculator = null)
    {
        _recalculator = recalculator;
        _systems = systems ?? throw new ArgumentNullException(nameof(systems));
        _deals = deals ?? throw new ArgumentNullException(nameof(deals));
        _progress = progress ?? throw new ArgumentNullException(nameof(progress));
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
        _activity = activity ?? throw new ArgumentNullException(nameof(activity));
        _sweeper = sweeper;
    }

    public async Task HandleAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        // Leave the transport's I/O thread before any Dataverse call: the in-process gateway blocks on the local
        // Dataverse's lock, whose holder may be posting a service-endpoint message that needs that very thread.
        await Task.Yield();
        switch (message.Subject)
        {
            case SyncMessages.PaceSweep:
                await SweepAsync(message, cancellationToken).ConfigureAwait(false);
                return;
            case SyncMessages.Recalculate:
                await RecalculateAsync(message, cancellationToken).ConfigureAwait(false);
                return;
            case SyncMessages.PullActuals or SyncMessages.ProgressChanged:
                await SyncAsync(message, cancellationToken).ConfigureAwait(false);
                return;
            default:
                // Anything else is a Dataverse service-endpoint post (real ones carry no subject).
                var change = DataverseChange.Read(message);
                _activity.DataverseEvent($"{change.MessageName} {change.EntityName} {change.EntityId}");
                if (change.IsGoal)
                {
                    await PublishGoalAsync(change, message, cancellationToken).ConfigureAwait(false);
                }

                return;
        }
    }

    private async Task SyncAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        var command = QueueCommand.Read(message, SyncMessages.Read, "sync");
        await QueueCommand.RunAsync(message, $"{message.Subject} {command.System} cycle {command.Cycle}", _activity.Failed, async () =>
        {
            if (message.Subject == SyncMessages.PullActuals)
            {
                // One pull per system at a time in this worker; across workers the watermark only moves forward.
                var gate = _pullGates.GetOrAdd(command.System, _ => new SemaphoreSlim(1, 1));
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var system = await _systems.GetAsync(command.System, refresh: true, cancellationToken).ConfigureAwait(false);
                    var pulled = await _deals.SyncAsync(system, cancellationToken).ConfigureAwait(false);
                    _activity.Pulled(command.Cycle, pulled);
                }
                finally
                {
                    gate.Release();
                }

                await _sender.SendAsync(SyncMessages.Create(SyncMessages.ProgressChanged, command), cancellationToken).ConfigureAwait(false);
                _activity.Sent();
            }
            else
            {
                var system = await _systems.GetAsync(command.System, refresh: false, cancellationToken).ConfigureAwait(false);
                var published = await _progress.PublishAsync(system, cancellationToken).ConfigureAwait(false);
                _activity.Published(command.Cycle, published);
            }
        }).ConfigureAwait(false);
    }

    private Task PublishGoalAsync(DataverseChange change, ReceivedQueueMessage message, CancellationToken cancellationToken) =>
        QueueCommand.RunAsync(message, $"{change.MessageName} of goal {change.EntityId}", _activity.Failed, async () =>
        {
            foreach (var name in _systems.Systems)
            {
                var system = await _systems.GetAsync(name, refresh: false, cancellationToken).ConfigureAwait(false);
                var published = await _progress.PublishAsync(system, [change.EntityId], cancellationToken).ConfigureAwait(false);
                _activity.GoalPublished(change.EntityId, published);
            }
        });

    private async Task SweepAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        if (_sweeper is null)
        {
            throw new UnprocessableMessageException("This worker runs no pace sweep (no sweeper configured).");
        }

        var sweeper = _sweeper;
        var command = QueueCommand.Read(message, SyncMessages.ReadSweep, "pace-sweep");
        await QueueCommand.RunAsync(message, $"{message.Subject} as of {command.AsOf:O}", _activity.Failed, async () =>
            _activity.Swept(await sweeper.SweepAsync(command.AsOf, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
    }

    private async Task RecalculateAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        if (_recalculator is null)
        {
            throw new UnprocessableMessageException("This worker runs no recalculation (no recalculator configured).");
        }

        var recalculator = _recalculator;
        var command = QueueCommand.Read(message, SyncMessages.ReadRecalculation, "recalculate-goal");
        await QueueCommand.RunAsync(message, $"{message.Subject} {command.GoalId} slice {command.Slice}", _activity.Failed, async () =>
        {
            var (page, next) = await recalculator.RunSliceAsync(command, cancellationToken).ConfigureAwait(false);
            if (next is not null)
            {
                await _sender.SendAsync(SyncMessages.CreateRecalculation(next), cancellationToken).ConfigureAwait(false);
                _activity.Sent();
            }

            _activity.Recalculated(command.GoalId, command.Slice, page);
        }).ConfigureAwait(false);
    }
}

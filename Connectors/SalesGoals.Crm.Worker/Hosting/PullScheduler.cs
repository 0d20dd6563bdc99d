using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Worker.Messaging;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Worker.Hosting;

/// <summary>Queues one "pull-actuals" per connected system at the start of every poll slot (see <see cref="PollSlots"/>).</summary>
public sealed partial class PullScheduler : RecurringService
{
    private readonly IQueueSender _sender;
    private readonly IConnectedSystems _systems;
    private readonly SyncActivity _activity;
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;

    public PullScheduler(IQueueSender sender, IConnectedSystems systems, SyncActivity activity, IOptions<WorkerOptions> options, TimeProvider time, ILogger<PullScheduler> logger)
        : base(time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
        _systems = systems ?? throw new ArgumentNullException(nameof(systems));
        _activity = activity ?? throw new ArgumentNullException(nameof(activity));
        _interval = options.Value.PollInterval;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        var slot = PollSlots.Slot(Time.GetUtcNow(), _interval);
        foreach (var system in _systems.Systems)
        {
            try
            {
                var cycle = checked((int)slot);
                await _sender.SendAsync(SyncMessages.Create(SyncMessages.PullActuals, new SyncCommand(system, cycle)), stoppingToken).ConfigureAwait(false);
                _activity.Sent();
            }
            catch (ServiceBusException exception)
            {
                // The next slot queues the pull again; nothing is lost but time.
                LogQueueFailed(system.ToString(), slot, exception.Message);
            }
        }

        await WaitAsync(PollSlots.Start(slot + 1, _interval) - Time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not queue the {System} pull of slot {Slot}: {Detail}")]
    private partial void LogQueueFailed(string system, long slot, string detail);
}

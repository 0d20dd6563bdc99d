using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Worker.Messaging;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Worker.Hosting;

/// <summary>
/// Writes <see cref="WorkerOptions.HealthFile"/> every <see cref="WorkerOptions.HealthInterval"/> (a whole file, replaced
/// atomically) for the host to probe: <c>status</c> is Healthy, Degraded (a system not pulled for three poll
/// intervals, or the consumer stopped) or Stopped (written on shutdown).
/// </summary>
public sealed class HealthFileWriter : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly WorkerOptions _options;
    private readonly SyncActivity _activity;
    private readonly QueueConsumerHost _consumer;
    private readonly IConnectedSystems _systems;
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _startedOn;

    public HealthFileWriter(IOptions<WorkerOptions> options, SyncActivity activity, QueueConsumerHost consumer, IConnectedSystems systems, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _activity = activity ?? throw new ArgumentNullException(nameof(activity));
        _consumer = consumer ?? throw new ArgumentNullException(nameof(consumer));
        _systems = systems ?? throw new ArgumentNullException(nameof(systems));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _startedOn = time.GetUtcNow();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        Write(stopped: true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(_options.HealthFile))
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.HealthInterval, _time);
        do
        {
            Write(stopped: false);
        }
        while (await Tick(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Write(bool stopped)
    {
        if (string.IsNullOrWhiteSpace(_options.HealthFile))
        {
            return;
        }

        var now = _time.GetUtcNow();
        var stale = TimeSpan.FromTicks(_options.PollInterval.Ticks * 3);
        var pulls = _activity.LastPullOn;
        var systems = _systems.Systems.ToDictionary(
            s => s.ToString(),
            s => new { lastPullOn = pulls.TryGetValue(s, out var on) ? on : (DateTimeOffset?)null });
        var late = _systems.Systems.Where(s => now - (pulls.TryGetValue(s, out var on) ? on : _startedOn) > stale).Select(s => s.ToString()).ToList();
        var consumerStopped = _consumer.ExecuteTask is { IsCompleted: true };
        var status = stopped ? "Stopped" : consumerStopped || late.Count > 0 ? "Degraded" : "Healthy";
        var counters = _consumer.Counters;
        var report = new
        {
            status,
            instance = _options.InstanceName,
            updatedOn = now,
            startedOn = _startedOn,
            reasons = late.Select(s => $"{s} not pulled for more than {stale}").Concat(consumerStopped && !stopped ? ["the queue consumer stopped"] : []).ToList(),
            systems,
            consumer = new { counters.Received, counters.Completed, counters.DeadLettered, counters.Retried, counters.Duplicates },
            lastFailure = _activity.Failures is { Count: > 0 } failures ? failures[^1] : null,
        };
        var path = Path.GetFullPath(_options.HealthFile);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(report, Json));
        File.Move(temporary, path, overwrite: true);
    }
}

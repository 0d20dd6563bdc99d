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
/// atomically) for the host to probe: <c>status</c> is Healthy, Degraded (a system not pulled successfully by any
/// instance for three poll intervals — sg_syncstate's last success, shared by competing workers — or this worker's
/// consumer stopped) or Stopped (written on shutdown).
/// </summary>
public sealed class HealthFileWriter : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly WorkerOptions _options;
    private readonly SyncActivity _activity;
    private readonly QueueConsumerHost _consumer;
    private readonly IConnectedSystems _systems;
    private readonly Dataverse.IDataverseGateway _dataverse;
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _startedOn;

    public HealthFileWriter(
        IOptions<WorkerOptions> options, SyncActivity activity, QueueConsumerHost consumer, IConnectedSystems systems, Dataverse.IDataverseGateway dataverse, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _activity = activity ?? throw new ArgumentNullException(nameof(activity));
        _consumer = consumer ?? throw new ArgumentNullException(nameof(consumer));
        _systems = systems ?? throw new ArgumentNullException(nameof(systems));
        _dataverse = dataverse ?? throw new ArgumentNullException(nameof(dataverse));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _startedOn = time.GetUtcNow();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await WriteAsync(stopped: true, CancellationToken.None).ConfigureAwait(false);
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
            await WriteAsync(stopped: false, stoppingToken).ConfigureAwait(false);
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

    private async Task WriteAsync(bool stopped, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(_options.HealthFile))
        {
            return;
        }

        var now = _time.GetUtcNow();
        var stale = TimeSpan.FromTicks(_options.PollInterval.Ticks * 3);
        var pulls = new System.Collections.Generic.Dictionary<string, DateTimeOffset?>();
        foreach (var system in _systems.Systems)
        {
            pulls[system.ToString()] = await LastSuccessAsync(system, cancellationToken).ConfigureAwait(false);
        }

        var systems = pulls.ToDictionary(p => p.Key, p => new { lastPullOn = p.Value });
        var late = pulls.Where(p => now - (p.Value ?? _startedOn) > stale).Select(p => p.Key).ToList();
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

            // For the host's memory alarms and the cycle bench: this process's resident memory and managed heap now.
            memory = new { workingSetBytes = Environment.WorkingSet, managedHeapBytes = GC.GetTotalMemory(false) },
        };
        var path = Path.GetFullPath(_options.HealthFile);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(report, Json));
        File.Move(temporary, path, overwrite: true);
    }

    // The last successful pull by any worker (sg_syncstate), or this worker's own when Dataverse cannot say.
    private async Task<DateTimeOffset?> LastSuccessAsync(Integration.ExternalSystem system, CancellationToken cancellationToken)
    {
        DateTimeOffset? own = _activity.LastPullOn.TryGetValue(system, out var on) ? on : null;
        try
        {
            var connected = await _systems.GetAsync(system, refresh: false, cancellationToken).ConfigureAwait(false);
            var state = await _dataverse.GetSyncStateAsync(system, connected.DealObject, cancellationToken).ConfigureAwait(false);
            return state?.LastSuccessOn is DateTimeOffset shared && (own is null || shared > own) ? shared : own;
        }
#pragma warning disable CA1031 // The health file reports what it can; a Dataverse outage shows as a late pull.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return own;
        }
    }
}

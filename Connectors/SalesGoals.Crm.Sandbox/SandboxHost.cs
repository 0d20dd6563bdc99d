using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.WebApi;
using SalesGoals.Crm.LocalDataverse.WebApi.Hosting;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Dataverse.WebApi;
using SalesGoals.Crm.Worker.Hosting;
using SalesGoals.Crm.Worker.Messaging;
using SalesGoals.Crm.Worker.Sync;
using SalesGoals.Crm.Zoho.Emulator;

namespace SalesGoals.Crm.Sandbox;

/// <summary>
/// The whole sandbox in one process: embedded Service Bus broker, Zoho and Fenxiang emulators on loopback,
/// a local Dataverse loaded from Solution/ with the plug-in assembly and served over the Dataverse Web API on loopback,
/// sample data, and the worker's consumer (reaching Dataverse through the Web API gateway, as in production).
/// <code>
/// await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions());
/// var report = await sandbox.RunCycleAsync(ct);
/// </code>
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly Stack<IAsyncDisposable> _owned = new();
    private readonly SandboxOptions _options;
    private IHost? _worker;
    private IConnectedSystems? _systems;
    private IQueueSender? _sender;
    private QueueConsumerHost? _consumer;
    private int _cycle;
    private TimeProvider _dataverseClock = TimeProvider.System;

    private SandboxHost(SandboxOptions options) => _options = options;

    public string SolutionFolder { get; private set; } = string.Empty;

    public string QueueName => _options.QueueName;

    public EmbeddedServiceBusBroker Broker { get; private set; } = null!;

    public LocalDataverseEnvironment Environment { get; private set; } = null!;

    /// <summary>The worker's gateway: the Dataverse Web API client over HTTP to <see cref="WebApi"/>.</summary>
    public IDataverseGateway Dataverse { get; private set; } = null!;

    /// <summary>The local Dataverse's Web API (Kestrel on loopback) the gateway talks to.</summary>
    public LocalDataverseWebApi WebApi { get; private set; } = null!;

    public ZohoEmulator Zoho { get; private set; } = null!;

    public FenxiangEmulator Fenxiang { get; private set; } = null!;

    public SandboxSeed Seed { get; private set; } = null!;

    public SyncActivity Activity { get; } = new();

    public IReadOnlyList<ExternalSystem> Systems => _systems?.Systems ?? [];

    /// <summary>The worker as <c>run</c> hosts it (Generic Host, <c>AddSalesGoalsWorker</c>), in this process, consuming the sandbox queue.</summary>
    public IServiceProvider WorkerServices => _worker?.Services ?? throw new InvalidOperationException("The sandbox has not started.");

    public static async Task<SandboxHost> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var host = new SandboxHost(options);
        try
        {
            await host.StartPartsAsync(cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>What the worker's consumer has done so far (received, completed, duplicates, dead-lettered).</summary>
    public ConsumerCounters ConsumerCounters => _consumer?.Counters ?? throw new InvalidOperationException("The sandbox has not started.");

    /// <summary>Puts a message on the sandbox queue as any producer would, e.g. to replay one.</summary>
    public async Task SendAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await _sender!.SendAsync(message, cancellationToken).ConfigureAwait(false);
        Activity.Sent();
    }

    /// <summary>Goal-progress records in Zoho's Sales_Targets module.</summary>
    public IReadOnlyList<JsonObject> ZohoGoalRows() => Zoho.Seed.Records(Crm.Zoho.Adapter.ZohoDefaultMapping.Targets.ExternalObject);

    /// <summary>Goal-progress records in Fenxiang's custom goal object.</summary>
    public IReadOnlyList<JsonObject> FenxiangGoalRows() => Fenxiang.Tenant.All(FenxiangDefaultMapping.GoalObject);

    /// <summary>Queues "pull actuals" per system and waits until the consumer has pulled and published progress for each.</summary>
    public async Task<SandboxCycleReport> RunCycleAsync(CancellationToken cancellationToken)
    {
        var cycle = Interlocked.Increment(ref _cycle);
        var watch = Stopwatch.StartNew();
        Zoho.Stats.Reset();
        Fenxiang.Stats.Reset();
        var problems = new Dictionary<ExternalSystem, IReadOnlyList<string>>();
        foreach (var system in Systems)
        {
            // The mapping as the worker loads it from the sg_*mapping rows (seeded with the connector's defaults on first use).
            var connected = await _systems!.GetAsync(system, refresh: true, cancellationToken).ConfigureAwait(false);
            problems[system] = await connected.Adapter.VerifyAsync(cancellationToken).ConfigureAwait(false);
        }

        var deadLettered = _consumer!.Counters.DeadLettered;
        foreach (var system in Systems)
        {
            await _sender!.SendAsync(SyncMessages.Create(SyncMessages.PullActuals, new SyncCommand(system, cycle)), cancellationToken).ConfigureAwait(false);
            Activity.Sent();
        }

        await WaitForCycleAsync(cycle, deadLettered, cancellationToken).ConfigureAwait(false);
        Environment.DrainAsync();
        var systems = Systems.Select(s => new SystemCycleReport(
            s,
            problems[s],
            Activity.Pull(s, cycle)!,
            Activity.Publication(s, cycle)!,
            s == ExternalSystem.Zoho ? Zoho.Stats.TotalCalls : Fenxiang.Stats.TotalCalls,
            s == ExternalSystem.Zoho ? ZohoGoalRows().Count : FenxiangGoalRows().Count)).ToList();
        return new SandboxCycleReport
        {
            Cycle = cycle,
            Systems = systems,
            ExternalActualRows = (await Dataverse.GetExternalActualsAsync(cancellationToken).ConfigureAwait(false)).Count,
            Goals = await Dataverse.GetGoalsAsync(cancellationToken).ConfigureAwait(false),
            MessagesSent = Activity.MessagesSent,
            MessagesCompleted = _consumer.Counters.Completed,
            MessagesDeadLettered = _consumer.Counters.DeadLettered,
            DuplicatesSkipped = _consumer.Counters.Duplicates,
            DataverseEvents = Activity.DataverseEvents.Count,
            Elapsed = watch.Elapsed,
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_worker is not null)
        {
            // The host stops its services in reverse order: the consumer drains in-flight messages first.
            await _worker.StopAsync(CancellationToken.None).ConfigureAwait(false);
            _worker.Dispose();
            _worker = null;
            _consumer = null;
        }

        while (_owned.TryPop(out var part))
        {
            await part.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task StartPartsAsync(CancellationToken cancellationToken)
    {
        SolutionFolder = SolutionLocator.Locate(_options.SolutionFolder);
        var machineClock = _options.TimeProvider;
        var today = _options.AsOf ?? DateOnly.FromDateTime(machineClock.GetUtcNow().UtcDateTime);
        var dataverseClock = _options.AsOf is DateOnly asOf ? new AsOfTimeProvider(machineClock, asOf) : machineClock;
        _dataverseClock = dataverseClock;

        var brokerOptions = new EmbeddedBrokerOptions();
        brokerOptions.Queues.Add(new QueueOptions(_options.QueueName) { MaxDeliveryCount = 10, LockDuration = TimeSpan.FromSeconds(30) });
        Broker = await EmbeddedServiceBusBroker.StartAsync(brokerOptions).ConfigureAwait(false);
        _owned.Push(Broker);
        var client = new ServiceBusQueueClient(new ServiceBusClientOptions { ConnectionString = Broker.ConnectionString, OperationTimeout = TimeSpan.FromSeconds(10) });
        _owned.Push(client);
        _sender = client.CreateSender(_options.QueueName);
        _owned.Push(_sender);

        try
        {
            Environment = new LocalDataverseBuilder()
                .WithSolutionFolder(SolutionFolder)
                .WithPluginAssembly(typeof(SalesGoals.Crm.Plugins.Infrastructure.PluginBase).Assembly)
                .WithTimeProvider(dataverseClock)
                .WithServiceEndpointSink(new BrokerForwardingSink(() => _sender, Activity))
                .Build();
        }
        catch (LocalDataverseConfigurationException exception)
        {
            throw new SandboxException($"The local Dataverse could not load {SolutionFolder} with the plug-in assembly: {exception.Message}", exception);
        }

        // The worker reaches the local Dataverse as it reaches a real one: the Web API gateway over HTTP (loopback).
        var serverClock = _options.ServerClock ?? machineClock;
        WebApi = await LocalDataverseWebApi.StartAsync(Environment, SolutionReader.Load(SolutionFolder).CustomApis,
            new LocalWebApiOptions { TimeProvider = serverClock }, cancellationToken).ConfigureAwait(false);
        _owned.Push(WebApi);
        var dataverseServices = new ServiceCollection()
            .AddDataverseGateway(new DataverseWebApiOptions { Url = WebApi.Url, Credential = WebApi.CreateCredential() })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _owned.Push(dataverseServices);
        Dataverse = dataverseServices.GetRequiredService<IDataverseGateway>();

        Zoho = await ZohoEmulator.StartAsync(new ZohoEmulatorOptions { TimeProvider = serverClock }, cancellationToken).ConfigureAwait(false);
        _owned.Push(Zoho);
        Fenxiang = await FenxiangEmulator.StartAsync(new FenxiangEmulatorOptions { TimeProvider = serverClock, RateLimitEnabled = false }, cancellationToken).ConfigureAwait(false);
        _owned.Push(Fenxiang);
        SandboxSystems.AddFenxiangAdmin(Fenxiang);

        try
        {
            Seed = SandboxSeeder.Seed(Environment, Zoho, Fenxiang, today, machineClock.GetUtcNow(), _options.DealsWeek);
        }
        catch (System.ServiceModel.FaultException<Microsoft.Xrm.Sdk.OrganizationServiceFault> fault)
        {
            throw new SandboxException("Seeding the local Dataverse failed (a plug-in or the platform refused a write): " + fault.Message, fault);
        }

        Environment.DrainAsync();

        // The production worker, registered as `run` registers it and hosted by the Generic Host in this process: its
        // queue consumer and handlers, the connectors' clients configured as `run`'s environment would configure them,
        // the mapping read from the sg_*mapping rows (the tenant's Fenxiang stage codes written first, as ops would).
        await RunEnvironment.WriteStageMappingAsync(Dataverse, cancellationToken).ConfigureAwait(false);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(SandboxSystems.WorkerSettings(this, _options.QueueName, _options.SweepPageSize));
        builder.Services.AddSingleton(machineClock);
        builder.Services.AddSingleton(Activity);
        builder.Services.AddSalesGoalsWorker(builder.Configuration);
        builder.Services.AddSingleton(Dataverse);
        _worker = builder.Build();
        _systems = _worker.Services.GetRequiredService<IConnectedSystems>();
        _consumer = _worker.Services.GetRequiredService<QueueConsumerHost>();
        await _worker.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Queues a "pace-sweep" (as of <paramref name="asOf"/>, default the sandbox's now) and waits for the consumer to finish it.</summary>
    public async Task<PaceSweepSummary> RunPaceSweepAsync(DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var before = Activity.Sweeps.Count;
        var deadLettered = _consumer!.Counters.DeadLettered;
        await _sender!.SendAsync(SyncMessages.CreateSweep(asOf ?? _dataverseClock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        Activity.Sent();
        await WaitUntilAsync(() => Activity.Sweeps.Count > before, "The pace sweep", deadLettered, cancellationToken).ConfigureAwait(false);
        Environment.DrainAsync();
        return Activity.Sweeps[^1];
    }

    /// <summary>Queues the first slice of a goal's recalculation and waits until the consumer has driven every slice; returns slices run and the last page.</summary>
    public async Task<(int Slices, RecalculationPage Last)> RunRecalculationAsync(Guid goalId, CancellationToken cancellationToken)
    {
        var deadLettered = _consumer!.Counters.DeadLettered;
        await _sender!.SendAsync(SyncMessages.CreateRecalculation(new RecalculationCommand(goalId, 0, null)), cancellationToken).ConfigureAwait(false);
        Activity.Sent();
        await WaitUntilAsync(() => Activity.Recalculation(goalId)?.Last.Done == true, "The recalculation", deadLettered, cancellationToken).ConfigureAwait(false);
        Environment.DrainAsync();
        return Activity.Recalculation(goalId)!.Value;
    }

    private Task WaitForCycleAsync(int cycle, long deadLetteredBefore, CancellationToken cancellationToken) =>
        WaitUntilAsync(() => Systems.All(s => Activity.Publication(s, cycle) is not null), $"Cycle {cycle}", deadLetteredBefore, cancellationToken);

    // Polls until the consumer has done the work, failing fast when a message was dead-lettered.
    private async Task WaitUntilAsync(Func<bool> done, string what, long deadLetteredBefore, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (!done())
        {
            if (_consumer!.Counters.DeadLettered > deadLetteredBefore)
            {
                throw new SandboxException($"{what}: a message was dead-lettered. Handler failures:{Lines(Activity.Failures)}");
            }

            if (deadline.Elapsed > _options.CycleTimeout)
            {
                throw new SandboxException($"{what} did not finish within {_options.CycleTimeout.TotalSeconds:0} s ({_consumer.Counters}). Handler failures:{Lines(Activity.Failures)}");
            }

            // Real time: the cycle runs on real servers (the deadline above is a stopwatch too).
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Lines(IReadOnlyList<string> lines) =>
        lines.Count == 0 ? " none" : string.Concat(lines.Select(l => System.Environment.NewLine + "  " + l));
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Worker.Alerts;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Mapping;
using SalesGoals.Crm.Worker.Messaging;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Worker.Hosting;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the worker: the queue consumer, a pull schedule per connected system, the daily pace sweep, the
    /// health file, the connectors named in <c>Worker:Systems</c> and the mapping read from Dataverse. The caller
    /// registers the <see cref="IDataverseGateway"/> (the Dataverse Web API in a real environment).
    /// </summary>
    public static IServiceCollection AddSalesGoalsWorker(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSalesGoalsWorker(configuration, WorkerConnectors.BuiltIn);

    /// <summary>As above with the connectors the host offers: those named in <c>Worker:Systems</c> register themselves.</summary>
    public static IServiceCollection AddSalesGoalsWorker(this IServiceCollection services, IConfiguration configuration, IEnumerable<ConnectorModule> connectors)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(connectors);
        var modules = connectors.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.SectionName));
        services.AddOptions<ServiceBusOptions>().Bind(configuration.GetSection(ServiceBusOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        var worker = configuration.GetSection(WorkerOptions.SectionName).Get<WorkerOptions>() ?? new WorkerOptions();
        foreach (var name in worker.SystemNames())
        {
            modules[name].Register(services, configuration);
        }

        services.Configure<HostOptions>(host => host.ShutdownTimeout = worker.ShutdownGracePeriod + TimeSpan.FromSeconds(10));
        services.TryAddSingleton(sp => new SyncActivity(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IQueueClient>(sp => new ServiceBusQueueClient(new ServiceBusClientOptions
        {
            ConnectionString = sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value.ConnectionString,
        }));
        services.AddSingleton(sp => sp.GetRequiredService<IQueueClient>().CreateSender(sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value.QueueName));
        services.AddSingleton(sp => new MappingSettings(worker.UserMatch, worker.DefaultCurrency));
        services.AddSingleton(sp => new DataverseConnectedSystems(
            sp.GetServices<ISystemConnector>(),
            sp.GetRequiredService<IDataverseGateway>(),
            sp,
            sp.GetRequiredService<MappingSettings>(),
            worker.PollInterval,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DataverseConnectedSystems>>()));
        services.AddSingleton<IConnectedSystems>(sp => sp.GetRequiredService<DataverseConnectedSystems>());
        services.AddSingleton(sp => new DealSyncService(sp.GetRequiredService<IDataverseGateway>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ProgressPublisher(sp.GetRequiredService<IDataverseGateway>()));
        services.AddSingleton(sp => new PaceSweeper(sp.GetRequiredService<IDataverseGateway>(), worker.SweepPageSize));
        services.AddSingleton(sp => new GoalRecalculator(sp.GetRequiredService<IDataverseGateway>()));
        services.AddSingleton(sp => new SyncMessageHandler(
            sp.GetRequiredService<IConnectedSystems>(),
            sp.GetRequiredService<DealSyncService>(),
            sp.GetRequiredService<ProgressPublisher>(),
            sp.GetRequiredService<IQueueSender>(),
            sp.GetRequiredService<SyncActivity>(),
            sp.GetRequiredService<PaceSweeper>(),
            sp.GetRequiredService<GoalRecalculator>()));
        services.TryAddSingleton<IIdempotencyStore, InMemoryIdempotencyStore>();
        services.AddWorkerAlerts(configuration);
        services.AddSingleton(sp => new QueueConsumerHost(
            sp.GetRequiredService<IQueueClient>(),
            sp.WithAlerts(sp.GetRequiredService<SyncMessageHandler>()),
            sp.GetRequiredService<IIdempotencyStore>(),
            new ConsumerHostOptions
            {
                QueueName = sp.GetRequiredService<IOptions<ServiceBusOptions>>().Value.QueueName,
                MaxConcurrency = worker.MaxConcurrency,
                MaxAttempts = worker.MaxAttempts,
                ShutdownGracePeriod = worker.ShutdownGracePeriod,
            },
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<QueueConsumerHost>>()));

        // Hosts stop in reverse order: schedulers first, then the consumer drains, then the health file says Stopped.
        services.AddSingleton<HealthFileWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<HealthFileWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<QueueConsumerHost>());
        if (worker.Schedules)
        {
            services.AddSingleton<PullScheduler>();
            services.AddHostedService(sp => sp.GetRequiredService<PullScheduler>());
            services.AddSingleton<PaceSweepScheduler>();
            services.AddHostedService(sp => sp.GetRequiredService<PaceSweepScheduler>());
        }

        return services;
    }
}

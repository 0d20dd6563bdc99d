using System;
using System.Net.Http;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Refit;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Auth;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Fenxiang.Configuration;
using SalesGoals.Crm.Fenxiang.Http;
using SalesGoals.Crm.Fenxiang.Tasks;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Alerts;
using SalesGoals.Crm.Integration.Mapping;

namespace SalesGoals.Crm.Fenxiang;

/// <summary>Registers the Fenxiang client with its handlers and resilience, set once here.</summary>
public static class FenxiangServiceCollectionExtensions
{
    /// <summary>Registers the Fenxiang client, the adapter's options (<c>Fenxiang:Adapter</c>) and Fenxiang as a connector of the worker.</summary>
    public static IServiceCollection AddFenxiangConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFenxiang(configuration);
        services.AddOptions<FenxiangAdapterOptions>().Bind(configuration.GetSection(FenxiangAdapterOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Integration.Connectors.ISystemConnector, FenxiangConnector>());
        return services;
    }

    /// <summary>Binds <c>Fenxiang</c> from configuration (secrets from the environment, e.g. <c>Fenxiang__AppSecret</c>).</summary>
    public static IServiceCollection AddFenxiang(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddFenxiang(options => configuration.GetSection(FenxiangOptions.SectionName).Bind(options));
    }

    /// <summary>
    /// Handler order per attempt (outer → inner): concurrency cap → retry with backoff and jitter (on the
    /// body's errorCode) → attempt timeout → endpoint spacing → credentials (refresh once on 20016) →
    /// fresh thirdTraceId → errorCode inspection.
    /// </summary>
    public static IServiceCollection AddFenxiang(this IServiceCollection services, Action<FenxiangOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<FenxiangOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FenxiangOptions>, FenxiangOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EndpointSpacer>();
        services.TryAddSingleton<IFenxiangTokenProvider, FenxiangTokenProvider>();
        services.TryAddTransient<FenxiangAuthHandler>();
        services.TryAddTransient<ThirdTraceIdHandler>();
        services.TryAddTransient<ResponseInspectionHandler>();
        services.TryAddTransient<EndpointSpacingHandler>();
        services.TryAddSingleton<IFenxiangClient, FenxiangClient>();
        // Goal alerts as follow-up tasks for reps who work in Fenxiang (the worker calls every registered IAlertTaskWriter).
        services.TryAddEnumerable(ServiceDescriptor.Transient<IAlertTaskWriter, FenxiangAlertTaskWriter>());

        // Source-generated Refit clients (Refit 16 builds requests at compile time; no reflection builder).
        var refit = new RefitSettings(new SystemTextJsonContentSerializer(FenxiangJson.Options));
        services.AddRefitGeneratedClient<IFenxiangTokenApi>(FenxiangJsonContext.Default, _ => refit)
            .ConfigureHttpClient(ConfigureBaseAddress)
            .AddHttpMessageHandler<ThirdTraceIdHandler>()
            .AddHttpMessageHandler<ResponseInspectionHandler>();

        var data = services.AddRefitGeneratedClient<IFenxiangApi>(FenxiangJsonContext.Default, _ => refit).ConfigureHttpClient(ConfigureBaseAddress);
        data.AddResilienceHandler("fenxiang", AddResilience);
        data.AddHttpMessageHandler<EndpointSpacingHandler>()
            .AddHttpMessageHandler<FenxiangAuthHandler>()
            .AddHttpMessageHandler<ThirdTraceIdHandler>()
            .AddHttpMessageHandler<ResponseInspectionHandler>();
        return services;
    }

    /// <summary>Registers <see cref="FenxiangCrmAdapter"/> (also as <see cref="IExternalCrmAdapter"/>) with ops' mapping.
    /// Call after <see cref="AddFenxiang(IServiceCollection, Action{FenxiangOptions})"/>.</summary>
    public static IServiceCollection AddFenxiangAdapter(
        this IServiceCollection services, CrmMapping mapping, Action<FenxiangAdapterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(mapping);
        services.AddOptions<FenxiangAdapterOptions>().Configure(options => configure?.Invoke(options));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new FenxiangCrmAdapter(
            sp.GetRequiredService<IFenxiangClient>(), mapping, sp.GetRequiredService<IOptions<FenxiangAdapterOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IExternalCrmAdapter>(sp => sp.GetRequiredService<FenxiangCrmAdapter>());
        return services;
    }

    private static void ConfigureBaseAddress(IServiceProvider provider, HttpClient client)
    {
        var options = provider.GetRequiredService<IOptions<FenxiangOptions>>().Value;
        client.BaseAddress = options.BaseUrl;

        // The per-attempt timeout and the retries bound each call; the client's own clock must not cut them short.
        client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
    }

    private static void AddResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<FenxiangOptions>>().Value;

        // Back-offs and timeouts run on the registered clock: TimeProvider.System unless a test registered a fake one.
        pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
        pipeline.AddConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.MaxConcurrentRequests,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        if (options.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = FenxiangRetryPredicate.ShouldRetry,
            });
        }

        pipeline.AddTimeout(options.AttemptTimeout);
    }
}

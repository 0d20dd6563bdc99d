using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;
using SalesGoals.Crm.Integration.Alerts;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Api;
using SalesGoals.Crm.Zoho.Auth;
using SalesGoals.Crm.Zoho.Configuration;
using SalesGoals.Crm.Zoho.Records;
using SalesGoals.Crm.Zoho.Resilience;
using SalesGoals.Crm.Zoho.Tasks;

namespace SalesGoals.Crm.Zoho.DependencyInjection;

public static class ZohoServiceCollectionExtensions
{
    // Every call is re-addressed to the token's api_domain; this host is never contacted.
    private static readonly Uri PlaceholderApiBase = new("https://api-domain.zoho.invalid");

    /// <summary>Registers the Zoho CRM client and Zoho as a connector of the worker (<see cref="Integration.Connectors.ISystemConnector"/>).</summary>
    public static IServiceCollection AddZohoConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddZohoCrm(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Integration.Connectors.ISystemConnector, ZohoConnector>());
        return services;
    }

    /// <summary>Registers the Zoho CRM client, bound to the <c>Zoho</c> section of <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddZohoCrm(this IServiceCollection services, IConfiguration configuration) =>
        services.AddZohoCrm(options => configuration.GetSection(ZohoOptions.SectionName).Bind(options));

    /// <summary>Registers the Zoho CRM client: Refit clients, auth and concurrency handlers, and the
    /// resilience pipeline (set here, once). Options are validated at start-up. Back-offs, timeouts and
    /// token lifetimes run on the registered <see cref="TimeProvider"/> (<see cref="TimeProvider.System"/>
    /// unless one was registered before, e.g. a fake clock in tests).</summary>
    public static IServiceCollection AddZohoCrm(this IServiceCollection services, Action<ZohoOptions> configure)
    {
        services.AddOptions<ZohoOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZohoOptions>, ZohoOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ZohoTokenCache>();
        services.TryAddSingleton<ZohoConcurrencyGates>();
        services.TryAddTransient<ZohoTokenProvider>();
        services.TryAddTransient<ZohoAuthHandler>();
        services.TryAddTransient<ZohoConcurrencyLimitHandler>();
        services.TryAddTransient<ZohoRecordReader>();
        services.TryAddTransient<ZohoDeletedRecordReader>();
        services.TryAddTransient<ZohoRecordWriter>();
        services.TryAddTransient<ZohoMetadataClient>();
        services.TryAddTransient<ZohoCrmAdapterFactory>();
        // Goal alerts as Zoho tasks for reps who work in Zoho (the worker calls every registered IAlertTaskWriter).
        services.TryAddEnumerable(ServiceDescriptor.Transient<IAlertTaskWriter, ZohoAlertTaskWriter>());

        var refit = new RefitSettings(new SystemTextJsonContentSerializer(ZohoJson.Options));

        services.AddRefitGeneratedClient<IZohoAccountsApi>(refit)
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = Options(sp).ResolveAccountsUrl();
                client.Timeout = Options(sp).TotalTimeout + TimeSpan.FromSeconds(5);
            })
            .AddResilienceHandler("zoho-accounts", (pipeline, context) =>
                ZohoAccountsPipeline.Configure(pipeline, Options(context.ServiceProvider), Clock(context.ServiceProvider)));

        // Handlers run in the order added: retry outermost, then the concurrency gate, then auth.
        var crm = services.AddRefitGeneratedClient<IZohoCrmApi>(refit);
        crm
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = PlaceholderApiBase;
                client.Timeout = Options(sp).TotalTimeout + TimeSpan.FromSeconds(5);
            })
            .AddResilienceHandler("zoho-crm", (pipeline, context) => ZohoResiliencePipeline.Configure(pipeline, Options(context.ServiceProvider), Clock(context.ServiceProvider)));
        crm.AddHttpMessageHandler<ZohoConcurrencyLimitHandler>()
            .AddHttpMessageHandler<ZohoAuthHandler>();

        return services;
    }

    private static ZohoOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<ZohoOptions>>().Value;

    // The registered clock (TimeProvider.System unless a test registered a fake one before AddZohoCrm).
    private static TimeProvider Clock(IServiceProvider services) => services.GetRequiredService<TimeProvider>();
}

using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;
using SalesGoals.Crm.Dataverse.WebApi.Api;
using SalesGoals.Crm.Dataverse.WebApi.Auth;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.Dataverse.WebApi.Errors;
using SalesGoals.Crm.Dataverse.WebApi.Resilience;

namespace SalesGoals.Crm.Dataverse.WebApi.DependencyInjection;

public static class DataverseWebApiServiceCollectionExtensions
{
    /// <summary>Registers the Dataverse Web API client bound to the <c>Dataverse</c> configuration section
    /// (Url, Auth:Mode, Auth:TenantId, Auth:ClientId; secrets from the environment).</summary>
    public static IServiceCollection AddDataverseWebApi(this IServiceCollection services, IConfiguration configuration) =>
        services.AddDataverseWebApi(options => configuration.GetSection(DataverseWebApiOptions.SectionName).Bind(options));

    /// <summary>Registers the Dataverse Web API client with these options (tests and the sandbox pass a credential).</summary>
    public static IServiceCollection AddDataverseWebApi(this IServiceCollection services, DataverseWebApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddDataverseWebApi(target =>
        {
            target.Url = options.Url;
            target.Auth = options.Auth;
            target.Credential = options.Credential;
            target.MaxConcurrency = options.MaxConcurrency;
            target.PageSize = options.PageSize;
            target.BulkChunkSize = options.BulkChunkSize;
            target.MaxRetryAttempts = options.MaxRetryAttempts;
            target.RetryBaseDelay = options.RetryBaseDelay;
            target.AttemptTimeout = options.AttemptTimeout;
            target.TotalTimeout = options.TotalTimeout;
            target.TokenRefreshMargin = options.TokenRefreshMargin;
        });
    }

    /// <summary>The one registration: options (validated at start), the credential Auth:Mode names, the token cache,
    /// the Refit client with its handlers — error translation outermost, then resilience (set here, once), the
    /// concurrency cap and the bearer token — and <see cref="DataverseWebApiClient"/>.</summary>
    public static IServiceCollection AddDataverseWebApi(this IServiceCollection services, Action<DataverseWebApiOptions> configure)
    {
        services.AddOptions<DataverseWebApiOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DataverseWebApiOptions>, DataverseWebApiOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DataverseTokenCache(DataverseCredentialFactory.Create(Options(sp)), sp.GetRequiredService<IOptions<DataverseWebApiOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<DataverseConcurrencyGate>();
        services.TryAddTransient<DataverseErrorHandler>();
        services.TryAddTransient<DataverseConcurrencyHandler>();
        services.TryAddTransient<DataverseAuthHandler>();
        services.TryAddSingleton<DataverseWebApiClient>();

        var client = services.AddRefitGeneratedClient<IDataverseWebApi>(new RefitSettings(new SystemTextJsonContentSerializer()))
            .ConfigureHttpClient((sp, http) =>
            {
                var options = Options(sp);
                http.BaseAddress = options.ApiRoot;
                http.Timeout = options.TotalTimeout + TimeSpan.FromSeconds(30);
            })
            .AddHttpMessageHandler<DataverseErrorHandler>();
        client.AddResilienceHandler("dataverse", (pipeline, context) => DataverseResiliencePipeline.Configure(pipeline, Options(context.ServiceProvider)));
        client.AddHttpMessageHandler<DataverseConcurrencyHandler>()
            .AddHttpMessageHandler<DataverseAuthHandler>();
        return services;
    }

    private static DataverseWebApiOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<DataverseWebApiOptions>>().Value;
}

using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Refit;
using SalesGoals.Crm.Reporting.Alerts;
using SalesGoals.Crm.Reporting.Teams;

namespace SalesGoals.Crm.Reporting.DependencyInjection;

/// <summary>Registers alert delivery (needs <c>AddDataverseWebApi</c>): the service and the Teams webhook's Refit client
/// with its resilience (retries on 408/429/5xx and dropped connections) configured once here.</summary>
public static class ReportingServiceCollectionExtensions
{
    private static readonly Uri NoWebhook = new("http://127.0.0.1/");

    public static IServiceCollection AddAlertDelivery(this IServiceCollection services, AlertDeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<AlertDeliveryService>();
        services.AddRefitGeneratedClient<ITeamsWebhookApi>()
            .ConfigureHttpClient(client => client.BaseAddress = options.TeamsWebhookUrl is { } url ? new Uri(url.GetLeftPart(UriPartial.Authority)) : NoWebhook)
            .AddResilienceHandler("teams-webhook", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            }));
        return services;
    }
}

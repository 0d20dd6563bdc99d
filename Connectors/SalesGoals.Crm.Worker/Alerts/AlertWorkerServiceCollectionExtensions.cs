using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Reporting.Alerts;
using SalesGoals.Crm.Reporting.DependencyInjection;

namespace SalesGoals.Crm.Worker.Alerts;

/// <summary>Registers alert delivery in the worker (the <c>Alerts</c> section): the scan that queues "deliver-alert"
/// messages, their handler in front of the worker's own, in-app notifications (needs the Dataverse Web API client,
/// which <c>AddDataverseGateway</c> registers) and a task in each connected CRM whose connector registered an
/// <c>IAlertTaskWriter</c>.</summary>
public static class AlertWorkerServiceCollectionExtensions
{
    public static IServiceCollection AddWorkerAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AlertWorkerOptions>().Bind(configuration.GetSection(AlertWorkerOptions.SectionName));
        var options = configuration.GetSection(AlertWorkerOptions.SectionName).Get<AlertWorkerOptions>() ?? new AlertWorkerOptions();
        services.AddSingleton<AlertDeliveryLog>();
        services.AddAlertDelivery(new AlertDeliveryOptions { TeamsWebhookUrl = options.TeamsWebhookUrl });
        services.AddTransient<IAlertNoticeSink, CrmTaskSink>();
        if (options.Enabled)
        {
            services.AddSingleton<AlertDeliveryScheduler>();
            services.AddHostedService(sp => sp.GetRequiredService<AlertDeliveryScheduler>());
        }

        return services;
    }

    /// <summary>The consumer's handler: "deliver-alert" here, everything else to <paramref name="inner"/>.</summary>
    public static IQueueMessageHandler WithAlerts(this IServiceProvider services, IQueueMessageHandler inner) =>
        new AlertMessageHandler(inner, services, services.GetRequiredService<AlertDeliveryLog>());
}

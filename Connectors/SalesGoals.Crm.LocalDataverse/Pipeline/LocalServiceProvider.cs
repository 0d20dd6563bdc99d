using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>The IServiceProvider handed to IPlugin.Execute: context, tracing, service factory, notification service.</summary>
internal sealed class LocalServiceProvider(
    LocalPluginExecutionContext context,
    ITracingService tracing,
    IOrganizationServiceFactory factory,
    IServiceEndpointNotificationService notifications) : IServiceProvider
{
    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext))
        {
            return context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return tracing;
        }

        if (serviceType == typeof(IOrganizationServiceFactory))
        {
            return factory;
        }

        return serviceType == typeof(IServiceEndpointNotificationService) ? notifications : null;
    }
}

using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Notifications;

/// <summary>Posts the execution context to the Service Bus endpoint named by the step's unsecure configuration (a serviceendpoint id).</summary>
public static class QueueNotifier
{
    public const string ServiceEndpointTable = "serviceendpoint";

    public static void Post(LocalPluginContext context)
    {
        if (!Guid.TryParse(context.UnsecureConfiguration?.Trim(), out var endpointId))
        {
            throw new InvalidPluginExecutionException("The step's unsecure configuration must be the id of the serviceendpoint to post to.");
        }

        var messageId = context.NotificationService.Execute(new EntityReference(ServiceEndpointTable, endpointId), context.Execution);
        context.Trace("Posted {0} of {1} to endpoint {2}: {3}", context.Execution.MessageName, context.Execution.PrimaryEntityId, endpointId, messageId);
    }
}

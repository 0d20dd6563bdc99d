using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Notifications;

/// <summary>IServiceEndpointNotificationService: builds the RemoteExecutionContext from the plug-in's context and hands it to the sink.</summary>
internal sealed class LocalServiceEndpointNotificationService(IServiceEndpointSink sink, TimeProvider time) : IServiceEndpointNotificationService
{
    public string Execute(EntityReference serviceEndpoint, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(serviceEndpoint);
        ArgumentNullException.ThrowIfNull(context);
        return sink.Post(new ServiceEndpointPost(serviceEndpoint, RemoteContextBuilder.Build(context), time.GetUtcNow()));
    }
}

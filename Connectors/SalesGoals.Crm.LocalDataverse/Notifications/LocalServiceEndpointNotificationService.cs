using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Notifications;

/// <summary>IServiceEndpointNotificationService: builds the RemoteExecutionContext from the plug-in's context and hands it to the sink.
/// The SDK's Execute is synchronous (the plug-in waits until the endpoint accepted the post, as on the platform), so this
/// is the one place the local Dataverse waits for the sink's asynchronous post.</summary>
internal sealed class LocalServiceEndpointNotificationService(IServiceEndpointSink sink, TimeProvider time) : IServiceEndpointNotificationService
{
    public string Execute(EntityReference serviceEndpoint, IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(serviceEndpoint);
        ArgumentNullException.ThrowIfNull(context);
        var post = new ServiceEndpointPost(serviceEndpoint, RemoteContextBuilder.Build(context), time.GetUtcNow());
#pragma warning disable RS0030 // Must block: IServiceEndpointNotificationService.Execute is a synchronous SDK call inside a synchronous plug-in.
        return sink.PostAsync(post).GetAwaiter().GetResult();
#pragma warning restore RS0030

    }
}

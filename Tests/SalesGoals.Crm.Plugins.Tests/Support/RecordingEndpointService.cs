using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>An IServiceEndpointNotificationService that keeps each post and answers with a message id, as Dataverse does.</summary>
public sealed class RecordingEndpointService : IServiceEndpointNotificationService
{
    public List<(EntityReference Endpoint, IExecutionContext Context)> Posts { get; } = [];

    public string Execute(EntityReference serviceEndpoint, IExecutionContext context)
    {
        Posts.Add((serviceEndpoint, context));
        return "message-" + Posts.Count;
    }
}

using System;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Dataverse;

/// <summary>Consumer-host handler for a queue fed by a Dataverse service endpoint: reads the context, then calls the application.</summary>
public sealed class ServiceEndpointMessageHandler : IQueueMessageHandler
{
    private readonly Func<RemoteContext, ReceivedQueueMessage, CancellationToken, Task> _onContext;

    public ServiceEndpointMessageHandler(Func<RemoteContext, ReceivedQueueMessage, CancellationToken, Task> onContext)
    {
        _onContext = onContext ?? throw new ArgumentNullException(nameof(onContext));
    }

    public Task HandleAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        RemoteContext context = ServiceEndpointMessageReader.Read(message.ContentType, message.Body.Span);
        return _onContext(context, message, cancellationToken);
    }
}

using System;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.LocalDataverse.Notifications;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Worker.Messaging;

namespace SalesGoals.Crm.Sandbox;

/// <summary>
/// Where the local Dataverse's service-endpoint steps post: onto the sandbox queue, as a Service Bus
/// endpoint would. The local Dataverse's notification service waits for the queue to accept it, as Dataverse does.
/// </summary>
internal sealed class BrokerForwardingSink : IServiceEndpointSink
{
    private readonly Func<IQueueSender?> _sender;
    private readonly SyncActivity _activity;
    private long _sequence;

    public BrokerForwardingSink(Func<IQueueSender?> sender, SyncActivity activity)
    {
        _sender = sender;
        _activity = activity;
    }

    public async Task<string> PostAsync(ServiceEndpointPost post, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(post);
        var sender = _sender() ?? throw new InvalidOperationException("The sandbox queue is not open yet.");
        var context = post.Context;

        // One request can post the same row several times (e.g. a goal updated twice); each post is its own message.
        var sequence = System.Threading.Interlocked.Increment(ref _sequence);
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            message = context.MessageName,
            entity = context.PrimaryEntityName,
            id = context.PrimaryEntityId,
            correlationId = context.CorrelationId,
            postedOn = post.PostedOn,
        });
        var message = new QueueMessage(body)
        {
            MessageId = string.Create(CultureInfo.InvariantCulture, $"{SyncMessages.DataverseEvent}:{context.CorrelationId:N}:{context.PrimaryEntityId:N}:{context.MessageName}:{sequence}"),
            Subject = SyncMessages.DataverseEvent,
            ContentType = "application/json",
        };
        await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        _activity.Sent();
        return string.Empty;
    }
}

using System;
using System.Collections.Generic;
using Amqp;
using Amqp.Framing;
using Amqp.Listener;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Links;

/// <summary>
/// A client's receiving link from a queue. Settlement follows Service Bus: accepted = complete,
/// modified = abandon, rejected with <c>com.microsoft:dead-letter</c> = dead-letter.
/// </summary>
internal sealed class QueueSourceEndpoint : LinkEndpoint
{
    private readonly BrokerQueue queue;
    private readonly ListenerLink link;
    private readonly Dictionary<Message, (BrokerMessage Message, Guid LockToken)> inFlight = new(ReferenceEqualityComparer.Instance);
    private volatile bool linkClosed;

    public QueueSourceEndpoint(BrokerQueue queue, ListenerLink link, string? sessionId)
    {
        this.queue = queue;
        this.link = link;
        Consumer = new QueueConsumer(sessionId, Deliver);
    }

    public QueueConsumer Consumer { get; }

    public void Start()
    {
        queue.AddConsumer(Consumer);
        link.AddClosedCallback((_, _) => linkClosed = true);

        // A dropped connection does not always detach its links one by one: stop delivering to them at once.
        link.Session.Connection.AddClosedCallback((_, _) => OnLinkClosed(link, null!));
    }

    public override void OnMessage(MessageContext messageContext)
    {
        messageContext.Complete(new Error(ServiceBusConditions.NotAllowed) { Description = "This link only sends." });
    }

    public override void OnFlow(FlowContext flowContext)
    {
        queue.AddCredit(Consumer, flowContext.Messages);
    }

    public override void OnDisposition(DispositionContext dispositionContext)
    {
        (BrokerMessage Message, Guid LockToken) delivery;
        lock (inFlight)
        {
            if (!inFlight.Remove(dispositionContext.Message, out delivery))
            {
                dispositionContext.Complete();
                return;
            }
        }

        (BrokerMessage message, Guid lockToken) = delivery;

        switch (dispositionContext.DeliveryState)
        {
            case Accepted:
                queue.Complete(message, lockToken);
                break;
            case Rejected rejected:
                Error? error = rejected.Error;
                queue.DeadLetter(message, lockToken, Info(error, ServiceBusConditions.DeadLetterReason) ?? error?.Condition?.ToString(),
                    Info(error, ServiceBusConditions.DeadLetterErrorDescription) ?? error?.Description);
                break;
            case Modified modified:
                queue.Abandon(message, lockToken, modified.MessageAnnotations);
                break;
            case Released when linkClosed:
                // The link went away with the message: as in Service Bus, the lock simply runs out.
                break;
            case Released:
                // Handed back unprocessed (e.g. prefetched when the receiver stopped): not a failed attempt.
                queue.Release(message, lockToken);
                break;
        }

        dispositionContext.Complete();
    }

    public override void OnLinkClosed(ListenerLink link, Error error)
    {
        linkClosed = true;
        if (!Consumer.IsClosed)
        {
            queue.RemoveConsumer(Consumer);
        }
    }

    private bool Deliver(BrokerMessage message)
    {
        if (linkClosed || link.IsClosed || link.Session.Connection.IsClosed)
        {
            return false;
        }

        Message amqp = AmqpMessages.ForDelivery(message);
        lock (inFlight)
        {
            inFlight[amqp] = (message, message.LockToken);
        }

        try
        {
            link.SendMessage(amqp);
            return true;
        }
        catch (Exception exception) when (exception is AmqpException or ObjectDisposedException or InvalidOperationException or System.IO.IOException or System.Net.Sockets.SocketException)
        {
            lock (inFlight)
            {
                inFlight.Remove(amqp);
            }

            return false;
        }
    }

    private static string? Info(Error? error, string key) =>
        error?.Info is { } info && info.TryGetValue(new Amqp.Types.Symbol(key), out object? value) ? value?.ToString() : null;
}

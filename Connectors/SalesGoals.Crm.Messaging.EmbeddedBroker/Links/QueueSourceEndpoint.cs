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
    /// <summary>Dead-letter reason of a reject that names none (Service Bus clients always name one).</summary>
    public const string RejectedReason = "RejectedByReceiver";

    private readonly BrokerQueue _queue;
    private readonly ListenerLink _link;
    private readonly Dictionary<Message, (BrokerMessage Message, Guid LockToken)> _inFlight = new(ReferenceEqualityComparer.Instance);
    private volatile bool _linkClosed;

    public QueueSourceEndpoint(BrokerQueue queue, ListenerLink link, string? sessionId)
    {
        _queue = queue;
        _link = link;
        Consumer = new QueueConsumer(sessionId, Deliver);
    }

    public QueueConsumer Consumer { get; }

    public void Start()
    {
        _queue.AddConsumer(Consumer);
        _link.AddClosedCallback((_, _) => _linkClosed = true);

        // A dropped connection does not always detach its links one by one: stop delivering to them at once.
        _link.Session.Connection.AddClosedCallback((_, _) => OnLinkClosed(_link, null!));
    }

    public override void OnMessage(MessageContext messageContext)
    {
        messageContext.Complete(new Error(ServiceBusConditions.NotAllowed) { Description = "This link only sends." });
    }

    public override void OnFlow(FlowContext flowContext)
    {
        if (!flowContext.Link.IsDraining)
        {
            _queue.AddCredit(Consumer, flowContext.Messages);
            return;
        }

        // Drain, as Service Bus answers it: send what is ready, then use up the rest of the credit
        // and tell the receiver so (delivery-count advanced, credit 0, drain echoed).
        _queue.Drain(Consumer, flowContext.Messages,
            // Keep the link in drain mode while restoring its count: CompleteDrain acts only in drain mode.
            restoreLinkCredit: credit => flowContext.Link.SetCredit(credit, true, false),
            completeDrain: () =>
            {
                flowContext.Link.CompleteDrain();
                flowContext.Link.SetCredit(0, true, false);
            });
    }

    public override void OnDisposition(DispositionContext dispositionContext)
    {
        DeliveryState? outcome = dispositionContext.DeliveryState;
        if (outcome is not (Accepted or Rejected or Modified or Released))
        {
            // A non-terminal state (received): the delivery stays open until an outcome arrives.
            return;
        }

        (BrokerMessage Message, Guid LockToken) delivery;
        bool known;
        lock (_inFlight)
        {
            known = _inFlight.Remove(dispositionContext.Message, out delivery);
        }

        if (known)
        {
            Apply(outcome, delivery.Message, delivery.LockToken);
        }

        // With receiver-settle-mode "second" the receiver waits for the broker to settle; the final
        // state is the outcome the receiver chose (AMQP 1.0 §3.4), never a blanket "accepted".
        // A delivery the receiver settled itself ("first") needs nothing more.
        if (!dispositionContext.Settled)
        {
            dispositionContext.Link.DisposeMessage(dispositionContext.Message, outcome, true);
        }
    }

    private void Apply(DeliveryState outcome, BrokerMessage message, Guid lockToken)
    {
        switch (outcome)
        {
            case Accepted:
                _queue.Complete(message, lockToken);
                break;
            case Rejected rejected:
                (string reason, string description) = DeadLetterReasonOf(rejected.Error);
                _queue.DeadLetter(message, lockToken, reason, description);
                break;
            case Modified modified:
                _queue.Abandon(message, lockToken, modified.MessageAnnotations);
                break;
            case Released when _linkClosed:
                // The link went away with the message: as in Service Bus, the lock simply runs out.
                break;
            case Released:
                // Handed back unprocessed (e.g. prefetched when the receiver stopped): not a failed attempt.
                _queue.Release(message, lockToken);
                break;
        }
    }

    /// <summary>
    /// Service Bus clients put <c>DeadLetterReason</c>/<c>DeadLetterErrorDescription</c> in the error's info;
    /// a plain AMQP reject still says what happened.
    /// </summary>
    private static (string Reason, string Description) DeadLetterReasonOf(Error? error)
    {
        string? condition = error?.Condition?.ToString();
        string reason = Info(error, ServiceBusConditions.DeadLetterReason)
            ?? (condition is null || condition == ServiceBusConditions.DeadLetter ? RejectedReason : condition);
        string description = Info(error, ServiceBusConditions.DeadLetterErrorDescription)
            ?? error?.Description
            ?? (condition is null
                ? "The receiver rejected the message (AMQP rejected outcome) without an error."
                : $"The receiver rejected the message with the AMQP error '{condition}' and no description.");
        return (reason, description);
    }

    public override void OnLinkClosed(ListenerLink link, Error error)
    {
        _linkClosed = true;
        if (!Consumer.IsClosed)
        {
            _queue.RemoveConsumer(Consumer);
        }
    }

    private bool Deliver(BrokerMessage message)
    {
        if (_linkClosed || _link.IsClosed || _link.Session.Connection.IsClosed)
        {
            return false;
        }

        Message amqp = AmqpMessages.ForDelivery(message);
        lock (_inFlight)
        {
            _inFlight[amqp] = (message, message.LockToken);
        }

        try
        {
            _link.SendMessage(amqp);
            return true;
        }
        catch (Exception exception) when (exception is AmqpException or ObjectDisposedException or InvalidOperationException or System.IO.IOException or System.Net.Sockets.SocketException)
        {
            lock (_inFlight)
            {
                _inFlight.Remove(amqp);
            }

            return false;
        }
    }

    private static string? Info(Error? error, string key) =>
        error?.Info is { } info && info.TryGetValue(new Amqp.Types.Symbol(key), out object? value) ? value?.ToString() : null;
}

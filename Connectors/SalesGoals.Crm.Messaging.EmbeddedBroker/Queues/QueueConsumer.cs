using System;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>A receiving link as the queue sees it: its credit, its session, and how to hand a message over.</summary>
internal sealed class QueueConsumer
{
    private readonly Func<BrokerMessage, bool> _deliver;

    public QueueConsumer(string? sessionId, Func<BrokerMessage, bool> deliver)
    {
        SessionId = sessionId;
        _deliver = deliver;
    }

    /// <summary>The session this consumer holds, or null on a queue without sessions.</summary>
    public string? SessionId { get; set; }

    /// <summary>Messages the peer may still receive; changed only under the queue's lock.</summary>
    public int Credit { get; set; }

    public bool IsClosed { get; set; }

    /// <summary>Sends the message on the link; false when the link can no longer send.</summary>
    public bool Deliver(BrokerMessage message) => _deliver(message);
}

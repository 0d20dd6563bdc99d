using System;
using Amqp;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>A message held by a queue, with the broker-side state Service Bus keeps for it.</summary>
internal sealed class BrokerMessage
{
    public BrokerMessage(Message payload, long sequenceNumber, DateTimeOffset enqueuedTime, string sessionKey)
    {
        Payload = payload;
        SequenceNumber = sequenceNumber;
        EnqueuedTime = enqueuedTime;
        SessionKey = sessionKey;
    }

    /// <summary>The message as the sender sent it; its sections are reused for every delivery.</summary>
    public Message Payload { get; }

    public long SequenceNumber { get; }

    public DateTimeOffset EnqueuedTime { get; set; }

    /// <summary>Session id, or empty when the queue is not session-enabled.</summary>
    public string SessionKey { get; }

    /// <summary>Deliveries so far (a delivery counts when the lock is taken, as in Service Bus).</summary>
    public int DeliveryCount { get; set; }

    public Guid LockToken { get; set; }

    public DateTimeOffset LockedUntil { get; set; }

    public QueueConsumer? Owner { get; set; }

    public DateTimeOffset? ScheduledEnqueueTime { get; set; }

    public string? DeadLetterReason { get; set; }

    public string? DeadLetterErrorDescription { get; set; }

    public string? DeadLetterSource { get; set; }
}

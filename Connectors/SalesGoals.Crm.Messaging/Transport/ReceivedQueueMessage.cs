using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Messaging.Transport;

/// <summary>A peek-locked message: settle it with the receiver that returned it before <see cref="LockedUntil"/>.</summary>
public sealed class ReceivedQueueMessage
{
    internal ReceivedQueueMessage(object owner, object settlementHandle)
    {
        Owner = owner;
        SettlementHandle = settlementHandle;
    }

    public required ReadOnlyMemory<byte> Body { get; init; }

    public string? MessageId { get; init; }

    public string? SessionId { get; init; }

    public string? CorrelationId { get; init; }

    public string? Subject { get; init; }

    public string? ContentType { get; init; }

    public required IReadOnlyDictionary<string, object?> ApplicationProperties { get; init; }

    public Guid LockToken { get; init; }

    public DateTimeOffset LockedUntil { get; internal set; }

    public long SequenceNumber { get; init; }

    public DateTimeOffset EnqueuedTime { get; init; }

    /// <summary>Deliveries including this one (1 on first delivery), as Service Bus reports it.</summary>
    public int DeliveryCount { get; init; }

    public DateTimeOffset? ScheduledEnqueueTime { get; init; }

    public string? DeadLetterReason { get; init; }

    public string? DeadLetterErrorDescription { get; init; }

    public string? DeadLetterSource { get; init; }

    internal object Owner { get; }

    internal object SettlementHandle { get; }
}

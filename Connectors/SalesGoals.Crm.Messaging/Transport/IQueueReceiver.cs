using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Messaging.Transport;

/// <summary>Peek-lock receiver for one queue (or its dead-letter queue).</summary>
public interface IQueueReceiver : IAsyncDisposable
{
    string EntityPath { get; }

    /// <summary>Waits up to <paramref name="maxWait"/> for the first message, then returns what has arrived (at most <paramref name="maxMessages"/>).</summary>
    Task<IReadOnlyList<ReceivedQueueMessage>> ReceiveAsync(int maxMessages, TimeSpan maxWait, CancellationToken cancellationToken = default);

    /// <summary>
    /// Browses without taking a lock (Service Bus peek over the entity's <c>$management</c> node): up to
    /// <paramref name="maxMessages"/> messages in sequence order, from <paramref name="fromSequenceNumber"/> or, when null,
    /// from just after the last one this receiver peeked. Peeked messages cannot be settled; an empty list means the end.
    /// </summary>
    Task<IReadOnlyList<ReceivedQueueMessage>> PeekAsync(int maxMessages, long? fromSequenceNumber = null, CancellationToken cancellationToken = default);

    Task CompleteAsync(ReceivedQueueMessage message, CancellationToken cancellationToken = default);

    /// <summary>Releases the lock; the delivery counts towards MaxDeliveryCount.</summary>
    Task AbandonAsync(ReceivedQueueMessage message, CancellationToken cancellationToken = default);

    Task DeadLetterAsync(ReceivedQueueMessage message, string reason, string? errorDescription, CancellationToken cancellationToken = default);

    /// <summary>Extends the lock through the queue's <c>$management</c> node; returns the new expiry.</summary>
    Task<DateTimeOffset> RenewLockAsync(ReceivedQueueMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops the flow of new messages and hands back prefetched ones unprocessed; messages already returned
    /// can still be settled. Use before a graceful shutdown so no lock ages in a closing buffer.
    /// </summary>
    Task StopReceivingAsync(CancellationToken cancellationToken = default);
}

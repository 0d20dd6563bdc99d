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

    /// <summary>
    /// The body as bytes: the data sections, or an <c>amqp-value</c> that is a string (UTF-8) or binary.
    /// Any other body (a map, a list, a number, a sequence) has no byte form: reading this throws
    /// <see cref="NotSupportedException"/> naming it; read <see cref="Value"/> or <see cref="Sequence"/> instead.
    /// </summary>
    public ReadOnlyMemory<byte> Body => BinaryBody
        ?? throw new NotSupportedException($"The message body is {BodyDescription}, which has no byte form; read {(BodyType == MessageBodyType.Sequence ? nameof(Sequence) : nameof(Value))} instead.");

    /// <summary>True when <see cref="Body"/> can be read as bytes.</summary>
    public bool HasBinaryBody => BinaryBody is not null;

    public MessageBodyType BodyType { get; init; }

    /// <summary>
    /// An <c>amqp-value</c> body as .NET values: maps as <c>IReadOnlyDictionary&lt;object, object?&gt;</c>,
    /// lists as <c>IReadOnlyList&lt;object?&gt;</c>, symbols as strings, the rest as AMQPNetLite decodes them.
    /// </summary>
    public object? Value { get; init; }

    /// <summary>An <c>amqp-sequence</c> body, its elements converted as for <see cref="Value"/>.</summary>
    public IReadOnlyList<object?>? Sequence { get; init; }

    /// <summary>What the body is, in words (for errors and dead-letter descriptions).</summary>
    public string BodyDescription { get; init; } = "a data body";

    internal ReadOnlyMemory<byte>? BinaryBody { get; init; }

    public string? MessageId { get; init; }

    public string? SessionId { get; init; }

    public string? CorrelationId { get; init; }

    public string? Subject { get; init; }

    public string? ContentType { get; init; }

    public required IReadOnlyDictionary<string, object?> ApplicationProperties { get; init; }

    public Guid LockToken { get; init; }

    /// <summary>
    /// When the lock runs out (<c>x-opt-locked-until</c>). <see cref="DateTimeOffset.MinValue"/> when the
    /// broker sent none: the expiry is then unknown and settlement is left to the broker, as Service Bus clients do.
    /// </summary>
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

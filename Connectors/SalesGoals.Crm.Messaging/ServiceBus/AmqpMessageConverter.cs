using System;
using System.Collections.Generic;
using System.Text;
using Amqp;
using Amqp.Framing;
using Amqp.Types;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Maps messages to AMQP as Service Bus does: data body, group-id for sessions, x-opt-* annotations.</summary>
internal static class AmqpMessageConverter
{
    public const string ScheduledEnqueueTime = "x-opt-scheduled-enqueue-time";
    public const string SequenceNumber = "x-opt-sequence-number";
    public const string EnqueuedTime = "x-opt-enqueued-time";
    public const string LockedUntil = "x-opt-locked-until";
    public const string LockToken = "x-opt-lock-token";
    public const string DeadLetterSource = "x-opt-deadletter-source";
    public const string DeadLetterReason = "DeadLetterReason";
    public const string DeadLetterErrorDescription = "DeadLetterErrorDescription";

    public static Message ToAmqp(QueueMessage message, DateTimeOffset? scheduledEnqueueTime)
    {
        var amqp = new Message
        {
            Header = new Header { Durable = true },
            Properties = new Properties
            {
                MessageId = message.MessageId ?? Guid.NewGuid().ToString("N"),
                GroupId = message.SessionId,
                CorrelationId = message.CorrelationId,
                Subject = message.Subject,
                ContentType = message.ContentType is null ? null : new Symbol(message.ContentType),
            },
            BodySection = new Data { Binary = message.Body.ToArray() },
        };
        if (message.TimeToLive is { } ttl)
        {
            amqp.Header.Ttl = (uint)Math.Min(uint.MaxValue, ttl.TotalMilliseconds);
        }

        if (message.ApplicationProperties.Count > 0)
        {
            amqp.ApplicationProperties = new ApplicationProperties();
            foreach (KeyValuePair<string, object> pair in message.ApplicationProperties)
            {
                amqp.ApplicationProperties[pair.Key] = pair.Value;
            }
        }

        if (scheduledEnqueueTime is { } at)
        {
            amqp.MessageAnnotations = new MessageAnnotations();
            amqp.MessageAnnotations[new Symbol(ScheduledEnqueueTime)] = at.UtcDateTime;
        }

        return amqp;
    }

    public static ReceivedQueueMessage FromAmqp(Message amqp, object owner, object settlementHandle)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (amqp.ApplicationProperties is not null)
        {
            foreach (KeyValuePair<object, object> pair in amqp.ApplicationProperties.Map)
            {
                properties[pair.Key.ToString()!] = pair.Value;
            }
        }

        return new ReceivedQueueMessage(owner, settlementHandle)
        {
            Body = Body(amqp),
            MessageId = amqp.Properties?.GetMessageId()?.ToString(),
            SessionId = amqp.Properties?.GroupId,
            CorrelationId = amqp.Properties?.GetCorrelationId()?.ToString(),
            Subject = amqp.Properties?.Subject,
            ContentType = amqp.Properties?.ContentType?.ToString(),
            ApplicationProperties = properties,
            LockToken = ReadLockToken(amqp),
            LockedUntil = Time(Annotation(amqp, LockedUntil)) ?? DateTimeOffset.MinValue,
            SequenceNumber = Annotation(amqp, SequenceNumber) is long sequence ? sequence : 0,
            EnqueuedTime = Time(Annotation(amqp, EnqueuedTime)) ?? DateTimeOffset.MinValue,
            ScheduledEnqueueTime = Time(Annotation(amqp, ScheduledEnqueueTime)),
            DeliveryCount = (int)(amqp.Header?.DeliveryCount ?? 0) + 1,
            DeadLetterReason = properties.GetValueOrDefault(DeadLetterReason) as string,
            DeadLetterErrorDescription = properties.GetValueOrDefault(DeadLetterErrorDescription) as string,
            DeadLetterSource = Annotation(amqp, DeadLetterSource) as string,
        };
    }

    private static ReadOnlyMemory<byte> Body(Message amqp) => amqp.BodySection switch
    {
        Data data => data.Binary ?? [],
        DataList list => Concat(list),
        AmqpValue { Value: string text } => Encoding.UTF8.GetBytes(text),
        AmqpValue { Value: byte[] bytes } => bytes,
        _ => ReadOnlyMemory<byte>.Empty,
    };

    private static byte[] Concat(DataList list)
    {
        var buffer = new List<byte>();
        for (int i = 0; i < list.Count; i++)
        {
            buffer.AddRange(list[i].Binary ?? []);
        }

        return buffer.ToArray();
    }

    /// <summary>Service Bus uses the 16-byte delivery tag; brokers that cannot set tags send x-opt-lock-token.</summary>
    private static Guid ReadLockToken(Message amqp)
    {
        if (Annotation(amqp, LockToken) is Guid annotated)
        {
            return annotated;
        }

        byte[]? tag = amqp.DeliveryTag;
        return tag is { Length: 16 } ? new Guid(tag) : Guid.Empty;
    }

    private static object? Annotation(Message amqp, string name) =>
        amqp.MessageAnnotations?[new Symbol(name)];

    private static DateTimeOffset? Time(object? value) => value switch
    {
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        long milliseconds => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds),
        _ => null,
    };
}

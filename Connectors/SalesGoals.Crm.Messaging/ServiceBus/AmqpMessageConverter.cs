using System;
using System.Collections.Generic;
using System.Globalization;
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

        AmqpBody body = AmqpBody.Read(amqp);
        return new ReceivedQueueMessage(owner, settlementHandle)
        {
            BinaryBody = body.Bytes,
            BodyType = body.Type,
            Value = body.Value,
            Sequence = body.Sequence,
            BodyDescription = body.Description,
            MessageId = MessageIdText(amqp.Properties?.GetMessageId()),
            SessionId = amqp.Properties?.GroupId,
            CorrelationId = MessageIdText(amqp.Properties?.GetCorrelationId()),
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

    /// <summary>
    /// AMQP ids are string, uuid, ulong or binary. Strings stay as sent; a uuid reads in its usual
    /// 8-4-4-4-12 form, a ulong in decimal and binary as upper-case hex, so no id reads as a type name.
    /// </summary>
    internal static string? MessageIdText(object? id) => id switch
    {
        null => null,
        string text => text,
        Guid uuid => uuid.ToString("D"),
        byte[] bytes => Convert.ToHexString(bytes),
        ulong number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => id.ToString(),
    };

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

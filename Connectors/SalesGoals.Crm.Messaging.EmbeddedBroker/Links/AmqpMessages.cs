using System;
using System.Collections.Generic;
using Amqp;
using Amqp.Framing;
using Amqp.Types;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Links;

/// <summary>Builds the AMQP message a receiver gets, with the annotations Service Bus adds.</summary>
internal static class AmqpMessages
{
    public static int BodySize(Message message) => message.BodySection switch
    {
        Data data => data.Binary?.Length ?? 0,
        DataList list => SumData(list),
        AmqpValue { Value: string text } => text.Length,
        AmqpValue { Value: byte[] bytes } => bytes.Length,
        _ => 0,
    };

    public static Message ForDelivery(BrokerMessage message) => Build(message, withLock: true);

    /// <summary>A browsed message: the same sections and annotations, but no lock token or lock expiry (a peek takes no lock).</summary>
    public static Message ForPeek(BrokerMessage message) => Build(message, withLock: false);

    private static Message Build(BrokerMessage message, bool withLock)
    {
        Message payload = message.Payload;
        var annotations = new MessageAnnotations();
        if (payload.MessageAnnotations is not null)
        {
            foreach (KeyValuePair<object, object> pair in payload.MessageAnnotations.Map)
            {
                annotations.Map[pair.Key] = pair.Value;
            }
        }

        annotations[new Symbol(ServiceBusConditions.SequenceNumber)] = message.SequenceNumber;
        annotations[new Symbol(ServiceBusConditions.EnqueuedTime)] = message.EnqueuedTime.UtcDateTime;
        if (withLock)
        {
            annotations[new Symbol(ServiceBusConditions.LockedUntil)] = message.LockedUntil.UtcDateTime;
            annotations[new Symbol(ServiceBusConditions.LockToken)] = message.LockToken;
        }

        if (message.DeadLetterSource is not null)
        {
            annotations[new Symbol(ServiceBusConditions.DeadLetterSource)] = message.DeadLetterSource;
        }

        ApplicationProperties? properties = payload.ApplicationProperties;
        if (message.DeadLetterReason is not null)
        {
            properties = new ApplicationProperties();
            if (payload.ApplicationProperties is not null)
            {
                foreach (KeyValuePair<object, object> pair in payload.ApplicationProperties.Map)
                {
                    properties.Map[pair.Key] = pair.Value;
                }
            }

            properties[ServiceBusConditions.DeadLetterReason] = message.DeadLetterReason;
            if (message.DeadLetterErrorDescription is not null)
            {
                properties[ServiceBusConditions.DeadLetterErrorDescription] = message.DeadLetterErrorDescription;
            }
        }

        return new Message
        {
            Header = HeaderFor(payload.Header, message.DeliveryCount),
            DeliveryAnnotations = payload.DeliveryAnnotations,
            MessageAnnotations = annotations,
            Properties = payload.Properties,
            ApplicationProperties = properties,
            BodySection = payload.BodySection,
            Footer = payload.Footer,
        };
    }

    /// <summary>
    /// The sender's header as it was sent (durable, priority, time-to-live, first-acquirer only where
    /// the sender set them: an absent field means its default), with the broker's delivery count.
    /// </summary>
    private static Header HeaderFor(Header? sent, int deliveries)
    {
        var header = new Header();
        if (sent is not null)
        {
            if (sent.HasField(0))
            {
                header.Durable = sent.Durable;
            }

            if (sent.HasField(1))
            {
                header.Priority = sent.Priority;
            }

            if (sent.HasField(2))
            {
                header.Ttl = sent.Ttl;
            }

            if (sent.HasField(3))
            {
                header.FirstAcquirer = sent.FirstAcquirer;
            }
        }

        // Earlier deliveries: the first delivery carries 0, as on Service Bus.
        header.DeliveryCount = (uint)Math.Max(0, deliveries - 1);
        return header;
    }

    private static int SumData(DataList list)
    {
        int total = 0;
        for (int i = 0; i < list.Count; i++)
        {
            total += list[i].Binary?.Length ?? 0;
        }

        return total;
    }
}

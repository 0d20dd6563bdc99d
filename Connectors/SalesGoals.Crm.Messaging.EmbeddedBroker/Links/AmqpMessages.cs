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

    public static Message ForDelivery(BrokerMessage message)
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
        annotations[new Symbol(ServiceBusConditions.LockedUntil)] = message.LockedUntil.UtcDateTime;
        annotations[new Symbol(ServiceBusConditions.LockToken)] = message.LockToken;
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
            Header = new Header
            {
                Durable = payload.Header?.Durable ?? true,
                Ttl = payload.Header?.Ttl ?? 0,
                DeliveryCount = (uint)Math.Max(0, message.DeliveryCount - 1),
            },
            MessageAnnotations = annotations,
            Properties = payload.Properties,
            ApplicationProperties = properties,
            BodySection = payload.BodySection,
        };
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

using System;
using System.Collections.Generic;
using Amqp;
using Amqp.Types;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>Reads and changes the Service Bus parts of an AMQP message the broker holds.</summary>
internal static class BrokerMessageAnnotations
{
    /// <summary>x-opt-scheduled-enqueue-time, as a timestamp or epoch milliseconds; null when absent.</summary>
    public static DateTimeOffset? ScheduledEnqueueTime(Message payload)
    {
        object? value = payload.MessageAnnotations?[new Symbol(ServiceBusConditions.ScheduledEnqueueTime)];
        return value switch
        {
            DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            long milliseconds => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds),
            _ => null,
        };
    }

    /// <summary>Service Bus applies the abandon's properties-to-modify to the application properties.</summary>
    public static void ApplyModifications(Message payload, Fields properties)
    {
        payload.ApplicationProperties ??= new Amqp.Framing.ApplicationProperties();
        foreach (KeyValuePair<object, object> pair in properties)
        {
            payload.ApplicationProperties[pair.Key.ToString()!] = pair.Value;
        }
    }
}

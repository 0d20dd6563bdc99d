using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Messaging.Transport;

/// <summary>A message to send, named after the Service Bus message properties.</summary>
public sealed class QueueMessage
{
    public QueueMessage(ReadOnlyMemory<byte> body)
    {
        Body = body;
    }

    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Identity used by duplicate detection.</summary>
    public string? MessageId { get; set; }

    /// <summary>Session (AMQP group-id): messages of one session are delivered in order to one receiver at a time.</summary>
    public string? SessionId { get; set; }

    public string? CorrelationId { get; set; }

    public string? Subject { get; set; }

    public string? ContentType { get; set; }

    public TimeSpan? TimeToLive { get; set; }

    public IDictionary<string, object> ApplicationProperties { get; } = new Dictionary<string, object>(StringComparer.Ordinal);
}

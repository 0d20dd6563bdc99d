namespace SalesGoals.Crm.Messaging.Transport;

/// <summary>The AMQP body section a message arrived with (Service Bus names them the same way).</summary>
public enum MessageBodyType
{
    /// <summary>One or more <c>data</c> sections: bytes (what Service Bus clients send).</summary>
    Data,

    /// <summary>An <c>amqp-value</c> section: any AMQP value (string, map, list, number, …).</summary>
    Value,

    /// <summary>An <c>amqp-sequence</c> section: a list of AMQP values.</summary>
    Sequence,
}

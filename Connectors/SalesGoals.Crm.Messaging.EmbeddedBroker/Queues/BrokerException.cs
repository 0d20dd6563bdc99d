using System;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>A refusal the broker reports to the client as an AMQP error condition.</summary>
internal sealed class BrokerException : Exception
{
    public BrokerException(string condition, string message)
        : base(message)
    {
        Condition = condition;
    }

    public string Condition { get; }
}

using System;

namespace SalesGoals.Crm.Messaging.Transport;

/// <summary>A transport failure with the reason Service Bus would give.</summary>
public sealed class ServiceBusException : Exception
{
    public ServiceBusException(ServiceBusFailureReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public ServiceBusException()
        : this(ServiceBusFailureReason.GeneralError, "Service Bus operation failed.")
    {
    }

    public ServiceBusException(string message)
        : this(ServiceBusFailureReason.GeneralError, message)
    {
    }

    public ServiceBusException(string message, Exception innerException)
        : this(ServiceBusFailureReason.GeneralError, message, innerException)
    {
    }

    public ServiceBusFailureReason Reason { get; }

    /// <summary>True when retrying after a back-off may succeed (the connection dropped).</summary>
    public bool IsTransient => Reason == ServiceBusFailureReason.ServiceCommunicationProblem;
}

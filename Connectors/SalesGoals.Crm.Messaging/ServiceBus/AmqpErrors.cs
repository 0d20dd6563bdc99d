using System;
using System.Net.Sockets;
using Amqp;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Maps AMQP errors to Service Bus failure reasons (and so to transient or not).</summary>
internal static class AmqpErrors
{
    public static ServiceBusException Map(Exception exception, string context)
    {
        if (exception is ServiceBusException serviceBus)
        {
            return serviceBus;
        }

        if (exception is AmqpException amqp)
        {
            string condition = amqp.Error?.Condition?.ToString() ?? string.Empty;
            string description = amqp.Error?.Description ?? amqp.Message;
            ServiceBusFailureReason reason = condition switch
            {
                "amqp:unauthorized-access" => ServiceBusFailureReason.Unauthorized,
                "amqp:not-found" => ServiceBusFailureReason.EntityNotFound,
                "com.microsoft:message-lock-lost" => ServiceBusFailureReason.MessageLockLost,
                "com.microsoft:session-lock-lost" => ServiceBusFailureReason.SessionLockLost,
                "com.microsoft:session-cannot-be-locked" => ServiceBusFailureReason.SessionCannotBeLocked,
                "com.microsoft:timeout" => ServiceBusFailureReason.NoSessionAvailable,
                "amqp:invalid-field" or "amqp:not-allowed" or "amqp:link:message-size-exceeded" or "amqp:decode-error"
                    => ServiceBusFailureReason.MessageRejected,
                _ => ServiceBusFailureReason.ServiceCommunicationProblem,
            };
            return new ServiceBusException(reason, $"{context}: {description} ({condition})", exception);
        }

        if (exception is SocketException or ObjectDisposedException or TimeoutException or System.IO.IOException or InvalidOperationException)
        {
            return new ServiceBusException(ServiceBusFailureReason.ServiceCommunicationProblem, $"{context}: {exception.Message}", exception);
        }

        return new ServiceBusException(ServiceBusFailureReason.GeneralError, $"{context}: {exception.Message}", exception);
    }
}

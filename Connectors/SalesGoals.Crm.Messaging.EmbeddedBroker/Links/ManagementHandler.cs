using System;
using System.Collections.Generic;
using Amqp;
using Amqp.Types;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Links;

/// <summary><c>&lt;queue&gt;/$management</c>: <c>com.microsoft:renew-lock</c> (other operations answer 501).</summary>
internal static class ManagementHandler
{
    public const string RenewLockOperation = "com.microsoft:renew-lock";

    public static Message Handle(BrokerQueue queue, Message request)
    {
        string? operation = request.ApplicationProperties?["operation"] as string;
        if (operation != RenewLockOperation)
        {
            return RequestEndpoint.Response(501, $"Operation '{operation}' is not supported by the embedded broker.");
        }

        if (request.Body is not Map body || body["lock-tokens"] is not Array tokens)
        {
            return RequestEndpoint.Response(400, "renew-lock needs a map body with a 'lock-tokens' array of uuids.");
        }

        var expirations = new List<DateTime>();
        foreach (object? token in tokens)
        {
            if (token is not Guid lockToken || queue.RenewLock(lockToken) is not { } lockedUntil)
            {
                Message lost = RequestEndpoint.Response(410, "The lock supplied is invalid: it expired or the message was already settled.");
                lost.ApplicationProperties["error-condition"] = new Symbol(ServiceBusConditions.MessageLockLost);
                return lost;
            }

            expirations.Add(lockedUntil.UtcDateTime);
        }

        return RequestEndpoint.Response(200, "OK", new Map { { "expirations", expirations.ToArray() } });
    }
}

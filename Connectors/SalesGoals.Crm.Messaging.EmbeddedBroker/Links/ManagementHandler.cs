using System;
using System.Collections.Generic;
using Amqp;
using Amqp.Types;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Links;

/// <summary>
/// <c>&lt;queue&gt;/$management</c> (and <c>&lt;queue&gt;/$deadletterqueue/$management</c>): <c>com.microsoft:renew-lock</c>
/// and <c>com.microsoft:peek-message</c>, with Service Bus's request and answer maps; other operations answer 501.
/// </summary>
internal static class ManagementHandler
{
    public const string RenewLockOperation = "com.microsoft:renew-lock";
    public const string PeekOperation = "com.microsoft:peek-message";

    /// <summary>Service Bus answers at most this many messages per peek request.</summary>
    private const int MaxPeekCount = 1000;

    public static Message Handle(BrokerQueue queue, Message request)
    {
        string? operation = request.ApplicationProperties?["operation"] as string;
        if (operation == PeekOperation)
        {
            return Peek(queue, request);
        }

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

    /// <summary>
    /// Browse: body <c>{from-sequence-number: long, message-count: int}</c>; answer 200 with
    /// <c>{messages: [{message: binary (the encoded AMQP message)}, ...]}</c>, or 204 when nothing is at or after that number.
    /// </summary>
    private static Message Peek(BrokerQueue queue, Message request)
    {
        if (request.Body is not Map body || body["from-sequence-number"] is not long from || body["message-count"] is not int count || count < 1)
        {
            return RequestEndpoint.Response(400, "peek-message needs a map body with 'from-sequence-number' (long) and 'message-count' (int, at least 1).");
        }

        IReadOnlyList<Message> peeked = queue.Peek(from, Math.Min(count, MaxPeekCount));
        if (peeked.Count == 0)
        {
            return RequestEndpoint.Response(204, "No messages to peek.");
        }

        var messages = new List();
        foreach (Message message in peeked)
        {
            ByteBuffer encoded = message.Encode();
            byte[] bytes = new byte[encoded.Length];
            Buffer.BlockCopy(encoded.Buffer, encoded.Offset, bytes, 0, encoded.Length);
            messages.Add(new Map { { "message", bytes } });
        }

        return RequestEndpoint.Response(200, "OK", new Map { { "messages", messages } });
    }
}

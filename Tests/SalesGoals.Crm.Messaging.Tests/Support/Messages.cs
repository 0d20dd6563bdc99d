using System.Text;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Tests.Support;

internal static class Messages
{
    public static QueueMessage Text(string text, string? messageId = null, string? sessionId = null) =>
        new(Encoding.UTF8.GetBytes(text)) { MessageId = messageId, SessionId = sessionId, ContentType = "text/plain" };

    public static string Text(ReceivedQueueMessage message) => Encoding.UTF8.GetString(message.Body.Span);
}

using System;
using System.Text.Json;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.Dataverse;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Worker.Messaging;

/// <summary>
/// The row a Dataverse service-endpoint post is about. Two forms reach the queue: Dataverse's own post (JSON
/// RemoteExecutionContext, message format 2, no subject) and the sandbox's compact "dataverse-event"
/// (<c>{message, entity, id}</c>).
/// </summary>
public sealed record DataverseChange(string MessageName, string EntityName, Guid EntityId)
{
    public const string GoalTable = "sg_goal";

    public bool IsGoal => string.Equals(EntityName, GoalTable, StringComparison.OrdinalIgnoreCase) && EntityId != Guid.Empty;

    /// <exception cref="UnprocessableMessageException">Neither form (dead-lettered with the reason).</exception>
    public static DataverseChange Read(ReceivedQueueMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Subject == SyncMessages.DataverseEvent)
        {
            return ReadCompact(message);
        }

        if (!string.IsNullOrEmpty(message.Subject))
        {
            throw new UnprocessableMessageException($"Unknown message subject '{message.Subject}'.");
        }

        var context = ServiceEndpointMessageReader.Read(message.ContentType, message.Body.Span);
        return new DataverseChange(context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId);
    }

    private static DataverseChange ReadCompact(ReceivedQueueMessage message)
    {
        try
        {
            using var document = JsonDocument.Parse(message.Body);
            var root = document.RootElement;
            return new DataverseChange(
                root.GetProperty("message").GetString() ?? string.Empty,
                root.GetProperty("entity").GetString() ?? string.Empty,
                root.GetProperty("id").GetGuid());
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or System.Collections.Generic.KeyNotFoundException)
        {
            throw new UnprocessableMessageException($"Message {message.MessageId} is not a dataverse-event: {exception.Message}");
        }
    }
}

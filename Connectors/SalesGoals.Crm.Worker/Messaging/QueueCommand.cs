using System;
using System.Text.Json;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Worker.Messaging;

/// <summary>
/// What the worker's queue handlers share for every command they carry out: reading its body, and reporting a failure
/// before rethrowing it so the consumer host retries and finally dead-letters the message.
/// </summary>
internal static class QueueCommand
{
    /// <summary>The command in the message's body; a body that is not one can never succeed, so it is dead-lettered at once.</summary>
    /// <param name="kind">The command's name for the error, e.g. "pace-sweep".</param>
    public static T Read<T>(ReceivedQueueMessage message, Func<ReadOnlyMemory<byte>, T> read, string kind)
    {
        try
        {
            return read(message.Body);
        }
        catch (JsonException exception)
        {
            throw new UnprocessableMessageException($"Message {message.MessageId} is not a {kind} command: {exception.Message}");
        }
    }

    /// <summary>Runs the work; a failure other than cancellation is reported as "<paramref name="what"/> (delivery N): reason" and rethrown.</summary>
    public static async Task RunAsync(ReceivedQueueMessage message, string what, Action<string> failed, Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failed($"{what} (delivery {message.DeliveryCount}): {exception.Message}");
            throw;
        }
    }
}

using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Consumers;

/// <summary>
/// Application logic for one message. Throw <see cref="UnprocessableMessageException"/> for a message that
/// can never succeed (dead-lettered at once); any other exception is retried up to the configured attempts.
/// </summary>
public interface IQueueMessageHandler
{
    Task HandleAsync(ReceivedQueueMessage message, CancellationToken cancellationToken);
}

using System;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Messaging.Transport;

/// <summary>Entry point of the transport: one connection, many senders and receivers.</summary>
public interface IQueueClient : IAsyncDisposable
{
    IQueueSender CreateSender(string queueName);

    IQueueReceiver CreateReceiver(string queueName, QueueReceiverOptions? options = null);

    /// <summary>Locks the oldest session with messages; waits up to <paramref name="maxWait"/> for one.</summary>
    Task<ISessionReceiver> AcceptNextSessionAsync(string queueName, TimeSpan maxWait, CancellationToken cancellationToken = default);

    Task<ISessionReceiver> AcceptSessionAsync(string queueName, string sessionId, CancellationToken cancellationToken = default);
}

using System;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Messaging.Transport;

/// <summary>Sends to one queue. A send that returns has been accepted by the broker.</summary>
public interface IQueueSender : IAsyncDisposable
{
    string QueueName { get; }

    Task SendAsync(QueueMessage message, CancellationToken cancellationToken = default);

    /// <summary>Enqueues the message so it becomes visible no earlier than <paramref name="enqueueAt"/>.</summary>
    Task ScheduleAsync(QueueMessage message, DateTimeOffset enqueueAt, CancellationToken cancellationToken = default);
}

using System;
using System.Threading;
using System.Threading.Tasks;
using Amqp;
using Amqp.Framing;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>
/// Sends over one link, re-attached after a reconnect. A send retried after a drop may reach the queue
/// twice; duplicate detection on the MessageId (kept across retries) absorbs it.
/// </summary>
internal sealed class AmqpQueueSender : IQueueSender
{
    private readonly AmqpConnectionManager _connections;
    private readonly SemaphoreSlim _linkGate = new(1, 1);
    private SenderLink? _link;
    private long _linkGeneration;

    public AmqpQueueSender(AmqpConnectionManager connections, string queueName)
    {
        _connections = connections;
        QueueName = queueName;
    }

    public string QueueName { get; }

    public Task SendAsync(QueueMessage message, CancellationToken cancellationToken = default) =>
        SendCoreAsync(message, null, cancellationToken);

    public Task ScheduleAsync(QueueMessage message, DateTimeOffset enqueueAt, CancellationToken cancellationToken = default) =>
        SendCoreAsync(message, enqueueAt, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await AmqpLinks.CloseQuietlyAsync(_link).ConfigureAwait(false);
    }

    private async Task SendCoreAsync(QueueMessage message, DateTimeOffset? enqueueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.MessageId ??= Guid.NewGuid().ToString("N");
        await _connections.RetryAsync<bool>($"Sending to '{QueueName}'", async scope =>
        {
            SenderLink sender = await GetLinkAsync(scope, cancellationToken).ConfigureAwait(false);
            Message amqp = AmqpMessageConverter.ToAmqp(message, enqueueAt);
            await sender.SendAsync(amqp, _connections.Options.OperationTimeout).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

        // AMQPNetLite completes the send on the connection's I/O thread. Leave it before returning: a
        // caller that then blocks (a synchronous Dataverse service-endpoint post, for one) would
        // otherwise hold the only thread that can deliver its own next disposition — a deadlock until
        // the link times out.
        await Task.Yield();
    }

    private async Task<SenderLink> GetLinkAsync(AmqpConnectionScope scope, CancellationToken cancellationToken)
    {
        await _linkGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_link is { IsClosed: false } && _linkGeneration == scope.Generation)
            {
                return _link;
            }

            await scope.AuthorizeAsync(QueueName, cancellationToken).ConfigureAwait(false);
            _link = await AmqpLinks.AttachSenderAsync(scope.Session, $"{QueueName}-sender-{Guid.NewGuid():N}",
                new Target { Address = QueueName }, null, _connections.Options.OperationTimeout, cancellationToken).ConfigureAwait(false);
            _linkGeneration = scope.Generation;
            return _link;
        }
        finally
        {
            _linkGate.Release();
        }
    }
}

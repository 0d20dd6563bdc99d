using System;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>The AMQP 1.0 transport for Azure Service Bus (and the embedded broker): one connection, reconnected on demand.</summary>
public sealed class ServiceBusQueueClient : IQueueClient
{
    private static readonly TimeSpan SessionPollDelay = TimeSpan.FromMilliseconds(50);
    private readonly AmqpConnectionManager _connections;

    public ServiceBusQueueClient(ServiceBusClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new AmqpConnectionManager(ServiceBusEndpoint.From(options), options);
    }

    public ServiceBusQueueClient(string connectionString)
        : this(new ServiceBusClientOptions { ConnectionString = connectionString })
    {
    }

    /// <summary>Connections opened so far; more than one means the client reconnected.</summary>
    public long ConnectionsOpened => _connections.ConnectionsOpened;

    /// <summary>Opens the connection now (otherwise the first operation does) so bad credentials fail early.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken = default) =>
        await _connections.GetScopeAsync(cancellationToken).ConfigureAwait(false);

    public IQueueSender CreateSender(string queueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        return new AmqpQueueSender(_connections, queueName);
    }

    public IQueueReceiver CreateReceiver(string queueName, QueueReceiverOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        return AmqpQueueReceiver.Create(_connections, queueName, options ?? new QueueReceiverOptions());
    }

    public async Task<ISessionReceiver> AcceptNextSessionAsync(string queueName, TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        DateTimeOffset deadline = _connections.Options.TimeProvider.GetUtcNow() + maxWait;
        while (true)
        {
            try
            {
                return await AmqpQueueReceiver.AcceptSessionAsync(_connections, queueName, null, 1, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceBusException exception) when (exception.Reason == ServiceBusFailureReason.NoSessionAvailable
                && _connections.Options.TimeProvider.GetUtcNow() < deadline)
            {
                await Task.Delay(SessionPollDelay, _connections.Options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<ISessionReceiver> AcceptSessionAsync(string queueName, string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueName);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return await AmqpQueueReceiver.AcceptSessionAsync(_connections, queueName, sessionId, 1, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _connections.DisposeAsync();
}

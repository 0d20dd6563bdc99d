using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>
/// Which receiver holds which session of a session-enabled queue (Service Bus session locks). Not thread-safe:
/// <see cref="BrokerQueue"/> calls it under its lock.
/// </summary>
internal sealed class SessionLocks
{
    private readonly Dictionary<string, QueueConsumer> _owners = new(StringComparer.Ordinal);

    public bool IsTaken(string sessionId) => _owners.ContainsKey(sessionId);

    /// <summary>Locks a session for the consumer: the one asked for, or the oldest free one with messages.</summary>
    public string Accept(QueueConsumer consumer, string? requestedSessionId, QueueStore store, string queueName)
    {
        if (requestedSessionId is not null)
        {
            if (_owners.TryGetValue(requestedSessionId, out QueueConsumer? owner) && !owner.IsClosed)
            {
                throw new BrokerException(ServiceBusConditions.SessionCannotBeLocked,
                    $"The session '{requestedSessionId}' is locked by another receiver.");
            }

            _owners[requestedSessionId] = consumer;
            return requestedSessionId;
        }

        string next = store.OldestFreeSession(IsTaken)
            ?? throw new BrokerException(ServiceBusConditions.Timeout, $"No unlocked session with messages is available in '{queueName}'.");
        _owners[next] = consumer;
        return next;
    }

    /// <summary>Frees the consumer's session; true when it held one (its locked messages then go back too).</summary>
    public bool Release(QueueConsumer consumer)
    {
        if (consumer.SessionId is { } sessionId && _owners.TryGetValue(sessionId, out QueueConsumer? owner) && owner == consumer)
        {
            _owners.Remove(sessionId);
            return true;
        }

        return false;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Amqp;
using Amqp.Types;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>
/// One Service Bus entity: peek-lock, lock expiry, delivery counting, dead-lettering, sessions,
/// duplicate detection and scheduled messages. The messages sit in a <see cref="QueueStore"/>, the session
/// locks in <see cref="SessionLocks"/>, both behind this queue's one lock; a <see cref="QueueDispatcher"/>
/// hands messages to links outside it, so AMQP I/O never runs under the queue's lock.
/// </summary>
internal sealed class BrokerQueue
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly QueueStore _store;
    private readonly SessionLocks _sessions = new();
    private readonly QueueDispatcher _dispatcher;

    public BrokerQueue(string name, QueueOptions options, TimeProvider time, BrokerQueue? deadLetterQueue)
    {
        Name = name;
        Options = options;
        _time = time;
        DeadLetterQueue = deadLetterQueue;
        _store = new QueueStore(options.DuplicateDetectionWindow);
        _dispatcher = new QueueDispatcher(_gate, _store, time.GetUtcNow, options);
    }

    public string Name { get; }

    public QueueOptions Options { get; }

    public BrokerQueue? DeadLetterQueue { get; }

    /// <summary>Dead-letter queues take no sessions and never dead-letter again.</summary>
    private bool IsDeadLetterQueue => DeadLetterQueue is null;

    public bool RequiresSession => Options.RequiresSession && !IsDeadLetterQueue;

    public void Enqueue(Message payload)
    {
        DateTimeOffset now = _time.GetUtcNow();
        string? sessionId = payload.Properties?.GroupId;
        if (RequiresSession && string.IsNullOrEmpty(sessionId))
        {
            throw new BrokerException(ServiceBusConditions.InvalidField,
                $"The queue '{Name}' requires sessions: set SessionId (AMQP group-id) on the message.");
        }

        lock (_gate)
        {
            if (_store.DropDuplicate(payload.Properties?.GetMessageId()?.ToString(), now))
            {
                return;
            }

            var message = new BrokerMessage(payload, _store.NextSequenceNumber(), now, RequiresSession ? sessionId! : string.Empty);
            DateTimeOffset? scheduledAt = BrokerMessageAnnotations.ScheduledEnqueueTime(payload);
            if (scheduledAt is { } at && at > now)
            {
                _store.Schedule(message, at);
                return;
            }

            _store.AddReady(message);
        }

        Dispatch();
    }

    /// <summary>Adds a message that another queue dead-lettered.</summary>
    public void EnqueueDeadLettered(BrokerMessage source, string reason, string? description, string sourceQueue)
    {
        lock (_gate)
        {
            var message = new BrokerMessage(source.Payload, _store.NextSequenceNumber(), _time.GetUtcNow(), string.Empty)
            {
                DeadLetterReason = reason,
                DeadLetterErrorDescription = description,
                DeadLetterSource = sourceQueue,
                DeliveryCount = source.DeliveryCount,
            };
            _store.AddReady(message);
        }

        Dispatch();
    }

    public QueueConsumer AddConsumer(QueueConsumer consumer)
    {
        lock (_gate)
        {
            _dispatcher.Add(consumer);
        }

        return consumer;
    }

    /// <summary>Locks a session for the consumer: the one asked for, or the oldest free one with messages.</summary>
    public string AcceptSession(QueueConsumer consumer, string? requestedSessionId)
    {
        lock (_gate)
        {
            return _sessions.Accept(consumer, requestedSessionId, _store, Name);
        }
    }

    public void AddCredit(QueueConsumer consumer, int delta)
    {
        lock (_gate)
        {
            consumer.Credit = delta <= 0 ? 0 : consumer.Credit + delta;
        }

        Dispatch();
    }

    /// <summary>
    /// A drain request: hands over what is ready within the credit, then the rest of the credit is used
    /// up, with no transfer after the flow that ends the drain.
    /// </summary>
    /// <param name="delta">Credit the drain flow added (AMQPNetLite reports 0 and zeroes its own count
    /// when the receiver repeats its credit; the consumer's count is then the receiver's credit).</param>
    public void Drain(QueueConsumer consumer, int delta, Action<int> restoreLinkCredit, Action completeDrain) =>
        _dispatcher.Drain(consumer, delta, restoreLinkCredit, completeDrain);

    /// <summary>A receiving link closed: its session (if any) is released with the locks in it.</summary>
    public void RemoveConsumer(QueueConsumer consumer)
    {
        lock (_gate)
        {
            consumer.IsClosed = true;
            _dispatcher.Remove(consumer);
            if (_sessions.Release(consumer))
            {
                foreach (BrokerMessage message in _store.TakeLockedBy(consumer))
                {
                    ReturnOrDeadLetter(message);
                }
            }
        }

        Dispatch();
    }

    public bool Complete(BrokerMessage message, Guid lockToken)
    {
        lock (_gate)
        {
            return _store.TryUnlock(message, lockToken);
        }
    }

    public bool Abandon(BrokerMessage message, Guid lockToken, Fields? propertiesToModify)
    {
        lock (_gate)
        {
            if (!_store.TryUnlock(message, lockToken))
            {
                return false;
            }

            if (propertiesToModify is not null)
            {
                BrokerMessageAnnotations.ApplyModifications(message.Payload, propertiesToModify);
            }

            ReturnOrDeadLetter(message);
        }

        Dispatch();
        return true;
    }

    /// <summary>Released by the receiver without processing: back in line, the delivery not counted.</summary>
    public bool Release(BrokerMessage message, Guid lockToken)
    {
        lock (_gate)
        {
            if (!_store.TryUnlock(message, lockToken))
            {
                return false;
            }

            message.DeliveryCount--;
            _store.AddReady(message);
        }

        Dispatch();
        return true;
    }

    public bool DeadLetter(BrokerMessage message, Guid lockToken, string? reason, string? description)
    {
        lock (_gate)
        {
            if (!_store.TryUnlock(message, lockToken) || DeadLetterQueue is null)
            {
                return false;
            }
        }

        DeadLetterQueue.EnqueueDeadLettered(message, reason ?? string.Empty, description, Name);
        return true;
    }

    /// <summary>Extends the lock; null when the token no longer holds a lock (expired or settled).</summary>
    public DateTimeOffset? RenewLock(Guid lockToken)
    {
        lock (_gate)
        {
            if (_store.FindLocked(lockToken) is not { } message)
            {
                return null;
            }

            message.LockedUntil = _time.GetUtcNow() + Options.LockDuration;
            return message.LockedUntil;
        }
    }

    /// <summary>
    /// Browses without locking (Service Bus peek): up to <paramref name="count"/> messages from
    /// <paramref name="fromSequenceNumber"/> on, in sequence order, ready, locked and scheduled alike.
    /// Returns the AMQP form built under the queue's lock, so the broker-side state read is consistent.
    /// </summary>
    public IReadOnlyList<Message> Peek(long fromSequenceNumber, int count)
    {
        lock (_gate)
        {
            return _store.All()
                .Where(message => message.SequenceNumber >= fromSequenceNumber)
                .OrderBy(message => message.SequenceNumber)
                .Take(count)
                .Select(Links.AmqpMessages.ForPeek)
                .ToList();
        }
    }

    /// <summary>Expires locks, releases due scheduled messages and forgets old message ids.</summary>
    public void Sweep()
    {
        DateTimeOffset now = _time.GetUtcNow();
        bool changed = false;
        lock (_gate)
        {
            foreach (BrokerMessage message in _store.TakeExpiredLocks(now))
            {
                ReturnOrDeadLetter(message);
                changed = true;
            }

            foreach (BrokerMessage due in _store.TakeDueScheduled(now))
            {
                _store.AddReady(due);
                changed = true;
            }

            _store.ForgetMessageIds(now);
        }

        if (changed)
        {
            Dispatch();
        }
    }

    public QueueStatistics GetStatistics()
    {
        lock (_gate)
        {
            return new QueueStatistics(Name, _store.ReadyCount, _store.LockedCount, _store.ScheduledCount,
                DeadLetterQueue?.CountAll() ?? 0, _store.DuplicatesDropped);
        }
    }

    /// <summary>Hands ready messages to consumers with credit (see <see cref="QueueDispatcher"/>).</summary>
    public void Dispatch() => _dispatcher.Dispatch();

    private int CountAll()
    {
        lock (_gate)
        {
            return _store.ReadyCount + _store.LockedCount;
        }
    }

    /// <summary>After a failed delivery: back in line, or to the dead-letter queue once MaxDeliveryCount is reached.</summary>
    private void ReturnOrDeadLetter(BrokerMessage message)
    {
        message.Owner = null;
        if (DeadLetterQueue is not null && message.DeliveryCount >= Options.MaxDeliveryCount)
        {
            DeadLetterQueue.EnqueueDeadLettered(message, "MaxDeliveryCountExceeded",
                $"Message could not be consumed after {Options.MaxDeliveryCount} delivery attempts.", Name);
            return;
        }

        _store.AddReady(message);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Amqp;
using Amqp.Types;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>
/// One Service Bus entity: peek-lock, lock expiry, delivery counting, dead-lettering, sessions,
/// duplicate detection and scheduled messages. All state sits behind one lock; hand-over to links
/// happens outside it so AMQP I/O never runs under the queue's lock.
/// </summary>
internal sealed class BrokerQueue
{
    private readonly object gate = new();
    private readonly object dispatchGate = new();
    private readonly TimeProvider time;
    private readonly Dictionary<string, SortedDictionary<long, BrokerMessage>> ready = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, BrokerMessage> locked = new();
    private readonly PriorityQueue<BrokerMessage, DateTimeOffset> scheduled = new();
    private readonly DuplicateDetectionWindow duplicates;
    private readonly Dictionary<string, QueueConsumer> sessionOwners = new(StringComparer.Ordinal);
    private readonly List<QueueConsumer> consumers = new();
    private long nextSequenceNumber = 1;
    private int readyCount;
    private int rotation;
    private long duplicatesDropped;

    public BrokerQueue(string name, QueueOptions options, TimeProvider time, BrokerQueue? deadLetterQueue)
    {
        Name = name;
        Options = options;
        this.time = time;
        DeadLetterQueue = deadLetterQueue;
        duplicates = new DuplicateDetectionWindow(options.DuplicateDetectionWindow);
    }

    public string Name { get; }

    public QueueOptions Options { get; }

    public BrokerQueue? DeadLetterQueue { get; }

    /// <summary>Dead-letter queues take no sessions and never dead-letter again.</summary>
    private bool IsDeadLetterQueue => DeadLetterQueue is null;

    public bool RequiresSession => Options.RequiresSession && !IsDeadLetterQueue;

    public void Enqueue(Message payload)
    {
        DateTimeOffset now = time.GetUtcNow();
        string? sessionId = payload.Properties?.GroupId;
        if (RequiresSession && string.IsNullOrEmpty(sessionId))
        {
            throw new BrokerException(ServiceBusConditions.InvalidField,
                $"The queue '{Name}' requires sessions: set SessionId (AMQP group-id) on the message.");
        }

        lock (gate)
        {
            if (duplicates.IsDuplicate(payload.Properties?.GetMessageId()?.ToString(), now))
            {
                duplicatesDropped++;
                return;
            }

            var message = new BrokerMessage(payload, nextSequenceNumber++, now, RequiresSession ? sessionId! : string.Empty);
            DateTimeOffset? scheduledAt = BrokerMessageAnnotations.ScheduledEnqueueTime(payload);
            if (scheduledAt is { } at && at > now)
            {
                message.ScheduledEnqueueTime = at;
                scheduled.Enqueue(message, at);
                return;
            }

            AddReady(message);
        }

        Dispatch();
    }

    /// <summary>Adds a message that another queue dead-lettered.</summary>
    public void EnqueueDeadLettered(BrokerMessage source, string reason, string? description, string sourceQueue)
    {
        lock (gate)
        {
            var message = new BrokerMessage(source.Payload, nextSequenceNumber++, time.GetUtcNow(), string.Empty)
            {
                DeadLetterReason = reason,
                DeadLetterErrorDescription = description,
                DeadLetterSource = sourceQueue,
                DeliveryCount = source.DeliveryCount,
            };
            AddReady(message);
        }

        Dispatch();
    }

    public QueueConsumer AddConsumer(QueueConsumer consumer)
    {
        lock (gate)
        {
            consumers.Add(consumer);
        }

        return consumer;
    }

    /// <summary>Locks a session for the consumer: the one asked for, or the oldest free one with messages.</summary>
    public string AcceptSession(QueueConsumer consumer, string? requestedSessionId)
    {
        lock (gate)
        {
            if (requestedSessionId is not null)
            {
                if (sessionOwners.TryGetValue(requestedSessionId, out QueueConsumer? owner) && !owner.IsClosed)
                {
                    throw new BrokerException(ServiceBusConditions.SessionCannotBeLocked,
                        $"The session '{requestedSessionId}' is locked by another receiver.");
                }

                sessionOwners[requestedSessionId] = consumer;
                return requestedSessionId;
            }

            string? next = ready
                .Where(pair => pair.Value.Count > 0 && !sessionOwners.ContainsKey(pair.Key))
                .OrderBy(pair => pair.Value.Keys.First())
                .Select(pair => pair.Key)
                .FirstOrDefault();
            if (next is null)
            {
                throw new BrokerException(ServiceBusConditions.Timeout, $"No unlocked session with messages is available in '{Name}'.");
            }

            sessionOwners[next] = consumer;
            return next;
        }
    }

    public void AddCredit(QueueConsumer consumer, int delta)
    {
        lock (gate)
        {
            consumer.Credit = delta <= 0 ? 0 : consumer.Credit + delta;
        }

        Dispatch();
    }

    /// <summary>
    /// A drain request: hands over what is ready within the credit, then the rest of the credit is used
    /// up. Runs under the dispatch lock so no transfer can follow the flow that ends the drain.
    /// </summary>
    /// <param name="delta">Credit the drain flow added (AMQPNetLite reports 0 and zeroes its own count
    /// when the receiver repeats its credit; the consumer's count is then the receiver's credit).</param>
    public void Drain(QueueConsumer consumer, int delta, Action<int> restoreLinkCredit, Action completeDrain)
    {
        lock (dispatchGate)
        {
            int credit;
            lock (gate)
            {
                consumer.Credit = delta < 0 ? 0 : consumer.Credit + delta;
                credit = consumer.Credit;
            }

            if (delta == 0 && credit > 0)
            {
                restoreLinkCredit(credit);
            }

            Dispatch();
            lock (gate)
            {
                consumer.Credit = 0;
            }

            completeDrain();
        }
    }

    /// <summary>A receiving link closed: its session (if any) is released with the locks in it.</summary>
    public void RemoveConsumer(QueueConsumer consumer)
    {
        lock (gate)
        {
            consumer.IsClosed = true;
            consumers.Remove(consumer);
            if (consumer.SessionId is { } sessionId && sessionOwners.TryGetValue(sessionId, out QueueConsumer? owner) && owner == consumer)
            {
                sessionOwners.Remove(sessionId);
                foreach (BrokerMessage message in locked.Values.Where(m => m.Owner == consumer).ToList())
                {
                    locked.Remove(message.LockToken);
                    ReturnOrDeadLetter(message);
                }
            }
        }

        Dispatch();
    }

    public bool Complete(BrokerMessage message, Guid lockToken)
    {
        lock (gate)
        {
            return TryUnlock(message, lockToken);
        }
    }

    public bool Abandon(BrokerMessage message, Guid lockToken, Fields? propertiesToModify)
    {
        lock (gate)
        {
            if (!TryUnlock(message, lockToken))
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
        lock (gate)
        {
            if (!TryUnlock(message, lockToken))
            {
                return false;
            }

            message.DeliveryCount--;
            AddReady(message);
        }

        Dispatch();
        return true;
    }

    public bool DeadLetter(BrokerMessage message, Guid lockToken, string? reason, string? description)
    {
        lock (gate)
        {
            if (!TryUnlock(message, lockToken) || DeadLetterQueue is null)
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
        lock (gate)
        {
            if (!locked.TryGetValue(lockToken, out BrokerMessage? message))
            {
                return null;
            }

            message.LockedUntil = time.GetUtcNow() + Options.LockDuration;
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
        lock (gate)
        {
            return ready.Values.SelectMany(list => list.Values)
                .Concat(locked.Values)
                .Concat(scheduled.UnorderedItems.Select(item => item.Element))
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
        DateTimeOffset now = time.GetUtcNow();
        bool changed = false;
        lock (gate)
        {
            foreach (BrokerMessage message in locked.Values.Where(m => m.LockedUntil <= now).ToList())
            {
                locked.Remove(message.LockToken);
                ReturnOrDeadLetter(message);
                changed = true;
            }

            while (scheduled.TryPeek(out BrokerMessage? due, out DateTimeOffset at) && at <= now)
            {
                scheduled.Dequeue();
                due.EnqueuedTime = at;
                AddReady(due);
                changed = true;
            }

            duplicates.Expire(now);
        }

        if (changed)
        {
            Dispatch();
        }
    }

    public QueueStatistics GetStatistics()
    {
        lock (gate)
        {
            return new QueueStatistics(Name, readyCount, locked.Count, scheduled.Count,
                DeadLetterQueue?.CountAll() ?? 0, duplicatesDropped);
        }
    }

    private int CountAll()
    {
        lock (gate)
        {
            return readyCount + locked.Count;
        }
    }

    /// <summary>Hands ready messages to consumers with credit, round-robin, in sequence order per session.</summary>
    public void Dispatch()
    {
        lock (dispatchGate)
        {
            while (true)
            {
                List<(QueueConsumer Consumer, BrokerMessage Message)> batch = SelectDeliveries();
                if (batch.Count == 0)
                {
                    return;
                }

                foreach ((QueueConsumer consumer, BrokerMessage message) in batch)
                {
                    if (!consumer.Deliver(message))
                    {
                        lock (gate)
                        {
                            // The link failed before the hand-over: not a delivery attempt.
                            if (TryUnlock(message, message.LockToken))
                            {
                                message.DeliveryCount--;
                                AddReady(message);
                            }
                        }
                    }
                }
            }
        }
    }

    private List<(QueueConsumer, BrokerMessage)> SelectDeliveries()
    {
        var batch = new List<(QueueConsumer, BrokerMessage)>();
        lock (gate)
        {
            if (readyCount == 0 || consumers.Count == 0)
            {
                return batch;
            }

            DateTimeOffset now = time.GetUtcNow();
            bool progress = true;
            while (progress && batch.Count < 256)
            {
                progress = false;
                for (int i = 0; i < consumers.Count; i++)
                {
                    QueueConsumer consumer = consumers[(rotation + i) % consumers.Count];
                    if (consumer.Credit <= 0 || consumer.IsClosed || !TryTakeReady(consumer.SessionId ?? string.Empty, out BrokerMessage? message))
                    {
                        continue;
                    }

                    consumer.Credit--;
                    message.DeliveryCount++;
                    message.LockToken = Guid.NewGuid();
                    message.LockedUntil = now + Options.LockDuration;
                    message.Owner = consumer;
                    locked[message.LockToken] = message;
                    batch.Add((consumer, message));
                    progress = true;
                }

                rotation++;
            }
        }

        return batch;
    }

    private bool TryTakeReady(string sessionKey, out BrokerMessage message)
    {
        if (ready.TryGetValue(sessionKey, out SortedDictionary<long, BrokerMessage>? list) && list.Count > 0)
        {
            KeyValuePair<long, BrokerMessage> first = list.First();
            list.Remove(first.Key);
            readyCount--;
            message = first.Value;
            return true;
        }

        message = null!;
        return false;
    }

    private void AddReady(BrokerMessage message)
    {
        if (!ready.TryGetValue(message.SessionKey, out SortedDictionary<long, BrokerMessage>? list))
        {
            list = new SortedDictionary<long, BrokerMessage>();
            ready[message.SessionKey] = list;
        }

        list[message.SequenceNumber] = message;
        readyCount++;
    }

    /// <summary>Releases the lock if <paramref name="lockToken"/> still holds it (a settlement after expiry must not touch a redelivery).</summary>
    private bool TryUnlock(BrokerMessage message, Guid lockToken)
    {
        if (message.Owner is null || message.LockToken != lockToken || !locked.TryGetValue(lockToken, out BrokerMessage? current) || current != message)
        {
            return false;
        }

        locked.Remove(lockToken);
        message.Owner = null;
        return true;
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

        AddReady(message);
    }
}

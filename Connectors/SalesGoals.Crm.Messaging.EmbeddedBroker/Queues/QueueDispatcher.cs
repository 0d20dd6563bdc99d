using System;
using System.Collections.Generic;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>
/// Hands a queue's ready messages to its consumers with credit, round-robin, in sequence order per session.
/// Deliveries are chosen under the queue's lock and handed over outside it (AMQP I/O never runs under that lock);
/// one dispatch runs at a time, so no transfer can overtake another or the flow that ends a drain.
/// </summary>
internal sealed class QueueDispatcher
{
    private const int MaxBatch = 256;
    private readonly object _dispatchGate = new();
    private readonly object _queueGate;
    private readonly QueueStore _store;
    private readonly Func<DateTimeOffset> _now;
    private readonly QueueOptions _options;
    private readonly List<QueueConsumer> _consumers = new();
    private int _rotation;

    /// <param name="queueGate">The queue's lock, which guards <paramref name="store"/> and the consumers' credit.</param>
    public QueueDispatcher(object queueGate, QueueStore store, Func<DateTimeOffset> now, QueueOptions options)
    {
        _queueGate = queueGate;
        _store = store;
        _now = now;
        _options = options;
    }

    /// <summary>Called under the queue's lock.</summary>
    public void Add(QueueConsumer consumer) => _consumers.Add(consumer);

    /// <summary>Called under the queue's lock.</summary>
    public void Remove(QueueConsumer consumer) => _consumers.Remove(consumer);

    public void Dispatch()
    {
        lock (_dispatchGate)
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
                        lock (_queueGate)
                        {
                            // The link failed before the hand-over: not a delivery attempt.
                            if (_store.TryUnlock(message, message.LockToken))
                            {
                                message.DeliveryCount--;
                                _store.AddReady(message);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// A drain request: hands over what is ready within the credit, then the rest of the credit is used
    /// up. Runs under the dispatch lock so no transfer can follow the flow that ends the drain.
    /// </summary>
    public void Drain(QueueConsumer consumer, int delta, Action<int> restoreLinkCredit, Action completeDrain)
    {
        lock (_dispatchGate)
        {
            int credit;
            lock (_queueGate)
            {
                consumer.Credit = delta < 0 ? 0 : consumer.Credit + delta;
                credit = consumer.Credit;
            }

            if (delta == 0 && credit > 0)
            {
                restoreLinkCredit(credit);
            }

            Dispatch();
            lock (_queueGate)
            {
                consumer.Credit = 0;
            }

            completeDrain();
        }
    }

    private List<(QueueConsumer, BrokerMessage)> SelectDeliveries()
    {
        var batch = new List<(QueueConsumer, BrokerMessage)>();
        lock (_queueGate)
        {
            if (_store.ReadyCount == 0 || _consumers.Count == 0)
            {
                return batch;
            }

            DateTimeOffset lockedUntil = _now() + _options.LockDuration;
            bool progress = true;
            while (progress && batch.Count < MaxBatch)
            {
                progress = false;
                for (int i = 0; i < _consumers.Count; i++)
                {
                    QueueConsumer consumer = _consumers[(_rotation + i) % _consumers.Count];
                    if (consumer.Credit <= 0 || consumer.IsClosed || !_store.TryTakeReady(consumer.SessionId ?? string.Empty, out BrokerMessage? message))
                    {
                        continue;
                    }

                    consumer.Credit--;
                    _store.Lock(message, consumer, lockedUntil);
                    batch.Add((consumer, message));
                    progress = true;
                }

                _rotation++;
            }
        }

        return batch;
    }
}

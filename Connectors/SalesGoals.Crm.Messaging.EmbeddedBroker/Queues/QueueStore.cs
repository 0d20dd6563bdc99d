using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>
/// One queue's messages at rest: ready (per session, in sequence order), locked and scheduled, with the sequence
/// numbers and duplicate detection. Not thread-safe: <see cref="BrokerQueue"/> calls it under its lock.
/// </summary>
internal sealed class QueueStore
{
    private readonly Dictionary<string, SortedDictionary<long, BrokerMessage>> _ready = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, BrokerMessage> _locked = new();
    private readonly PriorityQueue<BrokerMessage, DateTimeOffset> _scheduled = new();
    private readonly DuplicateDetectionWindow _duplicates;
    private long _nextSequenceNumber = 1;

    public QueueStore(TimeSpan? duplicateDetectionWindow) => _duplicates = new DuplicateDetectionWindow(duplicateDetectionWindow);

    public int ReadyCount { get; private set; }

    public int LockedCount => _locked.Count;

    public int ScheduledCount => _scheduled.Count;

    public long DuplicatesDropped { get; private set; }

    /// <summary>True (and counted) when a message with this id arrived within the detection window.</summary>
    public bool DropDuplicate(string? messageId, DateTimeOffset now)
    {
        if (!_duplicates.IsDuplicate(messageId, now))
        {
            return false;
        }

        DuplicatesDropped++;
        return true;
    }

    public long NextSequenceNumber() => _nextSequenceNumber++;

    public void Schedule(BrokerMessage message, DateTimeOffset at)
    {
        message.ScheduledEnqueueTime = at;
        _scheduled.Enqueue(message, at);
    }

    public void AddReady(BrokerMessage message)
    {
        if (!_ready.TryGetValue(message.SessionKey, out SortedDictionary<long, BrokerMessage>? list))
        {
            list = new SortedDictionary<long, BrokerMessage>();
            _ready[message.SessionKey] = list;
        }

        list[message.SequenceNumber] = message;
        ReadyCount++;
    }

    public bool TryTakeReady(string sessionKey, out BrokerMessage message)
    {
        if (_ready.TryGetValue(sessionKey, out SortedDictionary<long, BrokerMessage>? list) && list.Count > 0)
        {
            KeyValuePair<long, BrokerMessage> first = list.First();
            list.Remove(first.Key);
            ReadyCount--;
            message = first.Value;
            return true;
        }

        message = null!;
        return false;
    }

    /// <summary>The session whose oldest ready message is the oldest, among those <paramref name="isTaken"/> leaves free.</summary>
    public string? OldestFreeSession(Func<string, bool> isTaken) =>
        _ready
            .Where(pair => pair.Value.Count > 0 && !isTaken(pair.Key))
            .OrderBy(pair => pair.Value.Keys.First())
            .Select(pair => pair.Key)
            .FirstOrDefault();

    /// <summary>Locks a ready message taken for <paramref name="consumer"/>: one more delivery attempt.</summary>
    public void Lock(BrokerMessage message, QueueConsumer consumer, DateTimeOffset lockedUntil)
    {
        message.DeliveryCount++;
        message.LockToken = Guid.NewGuid();
        message.LockedUntil = lockedUntil;
        message.Owner = consumer;
        _locked[message.LockToken] = message;
    }

    public BrokerMessage? FindLocked(Guid lockToken) => _locked.TryGetValue(lockToken, out BrokerMessage? message) ? message : null;

    /// <summary>Releases the lock if <paramref name="lockToken"/> still holds it (a settlement after expiry must not touch a redelivery).</summary>
    public bool TryUnlock(BrokerMessage message, Guid lockToken)
    {
        if (message.Owner is null || message.LockToken != lockToken || !_locked.TryGetValue(lockToken, out BrokerMessage? current) || current != message)
        {
            return false;
        }

        _locked.Remove(lockToken);
        message.Owner = null;
        return true;
    }

    /// <summary>Removes and returns the messages locked by <paramref name="consumer"/>.</summary>
    public List<BrokerMessage> TakeLockedBy(QueueConsumer consumer) => TakeLocked(m => m.Owner == consumer);

    /// <summary>Removes and returns the messages whose lock expired by <paramref name="now"/>.</summary>
    public List<BrokerMessage> TakeExpiredLocks(DateTimeOffset now) => TakeLocked(m => m.LockedUntil <= now);

    /// <summary>Removes and returns the scheduled messages due by <paramref name="now"/>, enqueued at their due time.</summary>
    public List<BrokerMessage> TakeDueScheduled(DateTimeOffset now)
    {
        var due = new List<BrokerMessage>();
        while (_scheduled.TryPeek(out BrokerMessage? message, out DateTimeOffset at) && at <= now)
        {
            _scheduled.Dequeue();
            message.EnqueuedTime = at;
            due.Add(message);
        }

        return due;
    }

    public void ForgetMessageIds(DateTimeOffset now) => _duplicates.Expire(now);

    /// <summary>Every message held, ready, locked and scheduled alike, in no particular order.</summary>
    public IEnumerable<BrokerMessage> All() =>
        _ready.Values.SelectMany(list => list.Values)
            .Concat(_locked.Values)
            .Concat(_scheduled.UnorderedItems.Select(item => item.Element));

    private List<BrokerMessage> TakeLocked(Func<BrokerMessage, bool> which)
    {
        List<BrokerMessage> taken = _locked.Values.Where(which).ToList();
        foreach (BrokerMessage message in taken)
        {
            _locked.Remove(message.LockToken);
        }

        return taken;
    }
}

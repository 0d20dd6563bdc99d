using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>
/// Service Bus duplicate detection: a MessageId seen within the window is a duplicate. Ids are kept
/// in arrival order so expired ones are forgotten cheaply. Not thread-safe: the queue's gate guards it.
/// </summary>
internal sealed class DuplicateDetectionWindow
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> _order = new();
    private readonly TimeSpan? _window;

    public DuplicateDetectionWindow(TimeSpan? window) => _window = window;

    /// <summary>True when the id was seen within the window; otherwise records it.</summary>
    public bool IsDuplicate(string? messageId, DateTimeOffset now)
    {
        if (_window is not { } length || string.IsNullOrEmpty(messageId))
        {
            return false;
        }

        if (_seen.TryGetValue(messageId, out DateTimeOffset seenAt) && now - seenAt < length)
        {
            return true;
        }

        _seen[messageId] = now;
        _order.Enqueue((messageId, now));
        return false;
    }

    /// <summary>Forgets ids older than the window.</summary>
    public void Expire(DateTimeOffset now)
    {
        while (_order.TryPeek(out var entry) && now - entry.At >= _window.GetValueOrDefault())
        {
            _order.Dequeue();
            if (_seen.TryGetValue(entry.Id, out DateTimeOffset at) && at == entry.At)
            {
                _seen.Remove(entry.Id);
            }
        }
    }
}

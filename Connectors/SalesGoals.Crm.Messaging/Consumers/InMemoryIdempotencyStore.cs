using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Messaging.Consumers;

/// <summary>Process-local store (tests, sandbox). Keys are kept for <see cref="Retention"/>.</summary>
public sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public InMemoryIdempotencyStore(TimeProvider? time = null, TimeSpan? retention = null)
    {
        _time = time ?? TimeProvider.System;
        Retention = retention ?? TimeSpan.FromDays(7);
    }

    public TimeSpan Retention { get; }

    public int Count => _entries.Count;

    public ValueTask<IdempotencyState> TryBeginAsync(string key, CancellationToken cancellationToken)
    {
        DateTimeOffset now = _time.GetUtcNow();
        while (true)
        {
            if (_entries.TryGetValue(key, out Entry? existing))
            {
                if (existing.Processed && now - existing.At < Retention)
                {
                    return ValueTask.FromResult(IdempotencyState.AlreadyProcessed);
                }

                if (!existing.Processed)
                {
                    return ValueTask.FromResult(IdempotencyState.InProgress);
                }

                if (_entries.TryUpdate(key, new Entry(false, now), existing))
                {
                    return ValueTask.FromResult(IdempotencyState.Started);
                }
            }
            else if (_entries.TryAdd(key, new Entry(false, now)))
            {
                return ValueTask.FromResult(IdempotencyState.Started);
            }
        }
    }

    public ValueTask MarkProcessedAsync(string key, CancellationToken cancellationToken)
    {
        _entries[key] = new Entry(true, _time.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    public ValueTask ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(key, out Entry? entry) && !entry.Processed)
        {
            _entries.TryRemove(new System.Collections.Generic.KeyValuePair<string, Entry>(key, entry));
        }

        return ValueTask.CompletedTask;
    }

    private sealed record Entry(bool Processed, DateTimeOffset At);
}

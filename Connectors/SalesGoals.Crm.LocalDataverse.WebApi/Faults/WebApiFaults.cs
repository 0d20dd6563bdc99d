using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Faults;

/// <summary>Fault switches: the next N requests (after authentication) get the fault instead of an answer.</summary>
public sealed class WebApiFaults
{
    private readonly Queue<(WebApiFaultKind Kind, TimeSpan RetryAfter)> _pending = new();
    private readonly object _sync = new();
    private int _throttled;
    private int _unavailable;
    private int _dropped;

    /// <summary>The next <paramref name="count"/> requests get 429 with <c>Retry-After</c> (whole seconds, rounded up).</summary>
    public void Throttle(int count, TimeSpan retryAfter) => Enqueue(WebApiFaultKind.Throttle, count, retryAfter);

    /// <summary>The next <paramref name="count"/> requests get 503 with <c>Retry-After</c>.</summary>
    public void ServiceUnavailable(int count, TimeSpan retryAfter) => Enqueue(WebApiFaultKind.ServiceUnavailable, count, retryAfter);

    /// <summary>The next <paramref name="count"/> requests have their connection dropped.</summary>
    public void DropConnection(int count) => Enqueue(WebApiFaultKind.DropConnection, count, TimeSpan.Zero);

    public int Pending
    {
        get
        {
            lock (_sync)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>429s served so far (for fault-suite figures: how many throttles the client met).</summary>
    public int ThrottledResponses => System.Threading.Volatile.Read(ref _throttled);

    /// <summary>503s served so far.</summary>
    public int UnavailableResponses => System.Threading.Volatile.Read(ref _unavailable);

    /// <summary>Connections dropped so far.</summary>
    public int DroppedConnections => System.Threading.Volatile.Read(ref _dropped);

    internal (WebApiFaultKind Kind, TimeSpan RetryAfter)? Next()
    {
        lock (_sync)
        {
            if (!_pending.TryDequeue(out var fault))
            {
                return null;
            }

            _ = fault.Kind switch
            {
                WebApiFaultKind.Throttle => ++_throttled,
                WebApiFaultKind.ServiceUnavailable => ++_unavailable,
                _ => ++_dropped,
            };
            return fault;
        }
    }

    private void Enqueue(WebApiFaultKind kind, int count, TimeSpan retryAfter)
    {
        lock (_sync)
        {
            for (var i = 0; i < count; i++)
            {
                _pending.Enqueue((kind, retryAfter));
            }
        }
    }
}

using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Faults;

/// <summary>Fault switches: the next N requests (after authentication) get the fault instead of an answer.</summary>
public sealed class WebApiFaults
{
    private readonly Queue<(WebApiFaultKind Kind, TimeSpan RetryAfter)> _pending = new();
    private readonly object _sync = new();

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

    internal (WebApiFaultKind Kind, TimeSpan RetryAfter)? Next()
    {
        lock (_sync)
        {
            return _pending.TryDequeue(out var fault) ? fault : null;
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

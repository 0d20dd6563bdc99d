using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace SalesGoals.Crm.Zoho.Emulator.Diagnostics;

/// <summary>What the emulator saw: calls per route, concurrency, faults sent, write batch sizes.</summary>
public sealed class ZohoEmulatorStats
{
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private readonly ConcurrentQueue<int> _writeBatchSizes = new();
    private int _inFlight;
    private int _maxInFlight;
    private int _throttled;
    private int _serverErrors;
    private int _pageTokenReads;
    private int _unauthorized;

    /// <summary>Every HTTP call, token endpoint included.</summary>
    public int TotalCalls => _calls.Values.Sum();

    /// <summary>CRM API calls (everything but the token endpoint).</summary>
    public int ApiCalls => _calls.Where(c => c.Key != ZohoRoutes.Token).Sum(c => c.Value);

    public int CallsTo(string route) => _calls.GetValueOrDefault(route);

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    /// <summary>Most CRM API requests in flight at the same moment.</summary>
    public int MaxConcurrent => Volatile.Read(ref _maxInFlight);

    public int ThrottledResponses => Volatile.Read(ref _throttled);

    public int ServerErrorResponses => Volatile.Read(ref _serverErrors);

    public int UnauthorizedResponses => Volatile.Read(ref _unauthorized);

    /// <summary>GET records calls that continued with page_token.</summary>
    public int PageTokenReads => Volatile.Read(ref _pageTokenReads);

    /// <summary>Records per insert/update/upsert call, in arrival order.</summary>
    public IReadOnlyList<int> WriteBatchSizes => _writeBatchSizes.ToList();

    public void Reset()
    {
        _calls.Clear();
        _writeBatchSizes.Clear();
        Interlocked.Exchange(ref _maxInFlight, Volatile.Read(ref _inFlight));
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _serverErrors, 0);
        Interlocked.Exchange(ref _pageTokenReads, 0);
        Interlocked.Exchange(ref _unauthorized, 0);
    }

    internal void Count(string route) => _calls.AddOrUpdate(route, 1, (_, n) => n + 1);

    internal int Enter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while (now > (max = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }

        return now;
    }

    internal void Leave() => Interlocked.Decrement(ref _inFlight);

    internal void Throttled() => Interlocked.Increment(ref _throttled);

    internal void ServerError() => Interlocked.Increment(ref _serverErrors);

    internal void Unauthorized() => Interlocked.Increment(ref _unauthorized);

    internal void PageTokenRead() => Interlocked.Increment(ref _pageTokenReads);

    internal void WriteBatch(int size) => _writeBatchSizes.Enqueue(size);
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace SalesGoals.Crm.Fenxiang.Emulator.Diagnostics;

/// <summary>Calls per endpoint and the most API calls in flight at once, for resilience tests and benchmarks.</summary>
public sealed class EmulatorStats
{
    private readonly ConcurrentDictionary<string, int> calls = new(StringComparer.Ordinal);
    private int inFlight;
    private int maxInFlight;
    private int tokenCalls;
    private int refusedTokenCalls;

    /// <summary>Calls received per path (every answer counts, errors included).</summary>
    public IReadOnlyDictionary<string, int> CallsByEndpoint => calls.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public int TotalCalls => calls.Values.Sum();

    /// <summary>Calls to every path except the token endpoints.</summary>
    public int ApiCalls => calls.Where(p => !IsTokenPath(p.Key)).Sum(p => p.Value);

    public int MaxConcurrentApiCalls => Volatile.Read(ref maxInFlight);

    public int TokenCalls => Volatile.Read(ref tokenCalls);

    /// <summary>Token calls refused for overlapping another or exceeding about 10 a minute.</summary>
    public int RefusedTokenCalls => Volatile.Read(ref refusedTokenCalls);

    public int CallsTo(string path) => calls.GetValueOrDefault(path);

    /// <summary>Calls whose path ends with <paramref name="suffix"/> (e.g. "/data/create").</summary>
    public int CallsEndingWith(string suffix) => calls.Where(p => p.Key.EndsWith(suffix, StringComparison.Ordinal)).Sum(p => p.Value);

    public void Reset()
    {
        calls.Clear();
        Interlocked.Exchange(ref maxInFlight, Volatile.Read(ref inFlight));
        Interlocked.Exchange(ref tokenCalls, 0);
        Interlocked.Exchange(ref refusedTokenCalls, 0);
    }

    internal static bool IsTokenPath(string path) =>
        path.Equals("/oauth2.0/token", StringComparison.OrdinalIgnoreCase)
        || path.Equals("/cgi/corpAccessToken/get/V2", StringComparison.OrdinalIgnoreCase);

    internal void Count(string path)
    {
        calls.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (IsTokenPath(path))
        {
            Interlocked.Increment(ref tokenCalls);
        }
    }

    internal void RefusedToken() => Interlocked.Increment(ref refusedTokenCalls);

    internal void EnterApiCall()
    {
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }
    }

    internal void ExitApiCall() => Interlocked.Decrement(ref inFlight);
}

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
    private int throttled;
    private int quotaRefused;
    private int tokenRejected;

    /// <summary>Calls received per path (every answer counts, errors included).</summary>
    public IReadOnlyDictionary<string, int> CallsByEndpoint => calls.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public int TotalCalls => calls.Values.Sum();

    /// <summary>Calls to every path except the token endpoints.</summary>
    public int ApiCalls => calls.Where(p => !IsTokenPath(p.Key)).Sum(p => p.Value);

    public int MaxConcurrentApiCalls => Volatile.Read(ref maxInFlight);

    public int TokenCalls => Volatile.Read(ref tokenCalls);

    /// <summary>Token calls refused for overlapping another or exceeding about 10 a minute.</summary>
    public int RefusedTokenCalls => Volatile.Read(ref refusedTokenCalls);

    /// <summary>
    /// API calls refused for rate (errorCode 14001 call limit or 30004 per-second limit, from the fault switch or the
    /// sliding-window limiter): Fenxiang's "429", answered as HTTP 200 with an errorCode.
    /// </summary>
    public int ThrottledResponses => Volatile.Read(ref throttled);

    /// <summary>API calls refused for quota (30002 daily quota exhausted, 30003 no OpenAPI quota).</summary>
    public int QuotaRefusedResponses => Volatile.Read(ref quotaRefused);

    /// <summary>API calls refused because the access token was invalid or expired (20016).</summary>
    public int TokenRejectedResponses => Volatile.Read(ref tokenRejected);

    public int CallsTo(string path) => calls.GetValueOrDefault(path);

    /// <summary>Calls whose path ends with <paramref name="suffix"/> (e.g. "/data/create").</summary>
    public int CallsEndingWith(string suffix) => calls.Where(p => p.Key.EndsWith(suffix, StringComparison.Ordinal)).Sum(p => p.Value);

    public void Reset()
    {
        calls.Clear();
        Interlocked.Exchange(ref maxInFlight, Volatile.Read(ref inFlight));
        Interlocked.Exchange(ref tokenCalls, 0);
        Interlocked.Exchange(ref refusedTokenCalls, 0);
        Interlocked.Exchange(ref throttled, 0);
        Interlocked.Exchange(ref quotaRefused, 0);
        Interlocked.Exchange(ref tokenRejected, 0);
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

    /// <summary>Counts an API call answered with an error code, by kind.</summary>
    internal void Refused(long errorCode)
    {
        switch (errorCode)
        {
            case Protocol.EmulatorErrorCodes.CallLimitExceeded or Protocol.EmulatorErrorCodes.PerSecondLimitExceeded:
                Interlocked.Increment(ref throttled);
                break;
            case Protocol.EmulatorErrorCodes.DailyQuotaExhausted or Protocol.EmulatorErrorCodes.NoQuota:
                Interlocked.Increment(ref quotaRefused);
                break;
            case Protocol.EmulatorErrorCodes.TokenInvalid:
                Interlocked.Increment(ref tokenRejected);
                break;
        }
    }

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

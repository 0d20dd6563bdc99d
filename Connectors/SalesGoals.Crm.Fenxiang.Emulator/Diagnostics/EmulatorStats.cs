using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace SalesGoals.Crm.Fenxiang.Emulator.Diagnostics;

/// <summary>Calls per endpoint and the most API calls in flight at once, for resilience tests and benchmarks.</summary>
public sealed class EmulatorStats
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _maxInFlight;
    private int _tokenCalls;
    private int _refusedTokenCalls;
    private int _throttled;
    private int _quotaRefused;
    private int _tokenRejected;

    /// <summary>Calls received per path (every answer counts, errors included).</summary>
    public IReadOnlyDictionary<string, int> CallsByEndpoint => _calls.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public int TotalCalls => _calls.Values.Sum();

    /// <summary>Calls to every path except the token endpoints.</summary>
    public int ApiCalls => _calls.Where(p => !IsTokenPath(p.Key)).Sum(p => p.Value);

    public int MaxConcurrentApiCalls => Volatile.Read(ref _maxInFlight);

    public int TokenCalls => Volatile.Read(ref _tokenCalls);

    /// <summary>Token calls refused for overlapping another or exceeding about 10 a minute.</summary>
    public int RefusedTokenCalls => Volatile.Read(ref _refusedTokenCalls);

    /// <summary>
    /// API calls refused for rate (errorCode 14001 call limit or 30004 per-second limit, from the fault switch or the
    /// sliding-window limiter): Fenxiang's "429", answered as HTTP 200 with an errorCode.
    /// </summary>
    public int ThrottledResponses => Volatile.Read(ref _throttled);

    /// <summary>API calls refused for quota (30002 daily quota exhausted, 30003 no OpenAPI quota).</summary>
    public int QuotaRefusedResponses => Volatile.Read(ref _quotaRefused);

    /// <summary>API calls refused because the access token was invalid or expired (20016).</summary>
    public int TokenRejectedResponses => Volatile.Read(ref _tokenRejected);

    public int CallsTo(string path) => _calls.GetValueOrDefault(path);

    /// <summary>Calls whose path ends with <paramref name="suffix"/> (e.g. "/data/create").</summary>
    public int CallsEndingWith(string suffix) => _calls.Where(p => p.Key.EndsWith(suffix, StringComparison.Ordinal)).Sum(p => p.Value);

    public void Reset()
    {
        _calls.Clear();
        Interlocked.Exchange(ref _maxInFlight, Volatile.Read(ref _inFlight));
        Interlocked.Exchange(ref _tokenCalls, 0);
        Interlocked.Exchange(ref _refusedTokenCalls, 0);
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _quotaRefused, 0);
        Interlocked.Exchange(ref _tokenRejected, 0);
    }

    internal static bool IsTokenPath(string path) =>
        path.Equals("/oauth2.0/token", StringComparison.OrdinalIgnoreCase)
        || path.Equals("/cgi/corpAccessToken/get/V2", StringComparison.OrdinalIgnoreCase);

    internal void Count(string path)
    {
        _calls.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (IsTokenPath(path))
        {
            Interlocked.Increment(ref _tokenCalls);
        }
    }

    internal void RefusedToken() => Interlocked.Increment(ref _refusedTokenCalls);

    /// <summary>Counts an API call answered with an error code, by kind.</summary>
    internal void Refused(long errorCode)
    {
        switch (errorCode)
        {
            case Protocol.EmulatorErrorCodes.CallLimitExceeded or Protocol.EmulatorErrorCodes.PerSecondLimitExceeded:
                Interlocked.Increment(ref _throttled);
                break;
            case Protocol.EmulatorErrorCodes.DailyQuotaExhausted or Protocol.EmulatorErrorCodes.NoQuota:
                Interlocked.Increment(ref _quotaRefused);
                break;
            case Protocol.EmulatorErrorCodes.TokenInvalid:
                Interlocked.Increment(ref _tokenRejected);
                break;
        }
    }

    internal void EnterApiCall()
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }
    }

    internal void ExitApiCall() => Interlocked.Decrement(ref _inFlight);
}

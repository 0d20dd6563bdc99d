using System;
using System.Collections.Generic;
using System.Threading;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;

namespace SalesGoals.Crm.Fenxiang.Emulator.Faults;

/// <summary>Per-endpoint sliding window (100 calls / 20 s → 14001) and the daily quota (→ 30002, reset at
/// midnight China time).</summary>
internal sealed class CallLimits
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private readonly FenxiangEmulatorOptions _options;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _windows = new(StringComparer.Ordinal);
    private DateOnly _quotaDay;
    private long _usedToday;

    public CallLimits(FenxiangEmulatorOptions options)
    {
        _options = options;
        DailyQuota = options.DailyQuota;
        RateLimitEnabled = options.RateLimitEnabled;
    }

    public long? DailyQuota { get; set; }

    public bool RateLimitEnabled { get; set; }

    /// <summary>Uses up the rest of today's quota.</summary>
    public void ExhaustDailyQuota()
    {
        lock (_gate)
        {
            DailyQuota ??= 0;
            _quotaDay = Today();
            _usedToday = DailyQuota.Value;
        }
    }

    /// <summary>The errorCode to refuse the call with, or null to let it through.</summary>
    public long? Admit(string path)
    {
        var now = _options.TimeProvider.GetUtcNow();
        lock (_gate)
        {
            if (DailyQuota is { } quota)
            {
                var today = Today();
                if (today != _quotaDay)
                {
                    _quotaDay = today;
                    _usedToday = 0;
                }

                if (_usedToday >= quota)
                {
                    return EmulatorErrorCodes.DailyQuotaExhausted;
                }

                _usedToday++;
            }

            if (!RateLimitEnabled)
            {
                return null;
            }

            if (!_windows.TryGetValue(path, out var window))
            {
                _windows[path] = window = new Queue<DateTimeOffset>();
            }

            while (window.Count > 0 && window.Peek() <= now - _options.RateLimitWindow)
            {
                window.Dequeue();
            }

            if (window.Count >= _options.RateLimitCalls)
            {
                return EmulatorErrorCodes.CallLimitExceeded;
            }

            window.Enqueue(now);
            return null;
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(_options.TimeProvider.GetUtcNow().ToOffset(ChinaOffset).DateTime);
}

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
    private readonly FenxiangEmulatorOptions options;
    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> windows = new(StringComparer.Ordinal);
    private DateOnly quotaDay;
    private long usedToday;

    public CallLimits(FenxiangEmulatorOptions options)
    {
        this.options = options;
        DailyQuota = options.DailyQuota;
        RateLimitEnabled = options.RateLimitEnabled;
    }

    public long? DailyQuota { get; set; }

    public bool RateLimitEnabled { get; set; }

    /// <summary>Uses up the rest of today's quota.</summary>
    public void ExhaustDailyQuota()
    {
        lock (gate)
        {
            DailyQuota ??= 0;
            quotaDay = Today();
            usedToday = DailyQuota.Value;
        }
    }

    /// <summary>The errorCode to refuse the call with, or null to let it through.</summary>
    public long? Admit(string path)
    {
        var now = options.TimeProvider.GetUtcNow();
        lock (gate)
        {
            if (DailyQuota is { } quota)
            {
                var today = Today();
                if (today != quotaDay)
                {
                    quotaDay = today;
                    usedToday = 0;
                }

                if (usedToday >= quota)
                {
                    return EmulatorErrorCodes.DailyQuotaExhausted;
                }

                usedToday++;
            }

            if (!RateLimitEnabled)
            {
                return null;
            }

            if (!windows.TryGetValue(path, out var window))
            {
                windows[path] = window = new Queue<DateTimeOffset>();
            }

            while (window.Count > 0 && window.Peek() <= now - options.RateLimitWindow)
            {
                window.Dequeue();
            }

            if (window.Count >= options.RateLimitCalls)
            {
                return EmulatorErrorCodes.CallLimitExceeded;
            }

            window.Enqueue(now);
            return null;
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(options.TimeProvider.GetUtcNow().ToOffset(ChinaOffset).DateTime);
}

using System;

namespace SalesGoals.Crm.Worker.Hosting;

/// <summary>
/// Pull cycles on a grid shared by every worker: slot n starts at n × interval since the Unix epoch. Workers
/// name a slot's pull <c>pull-actuals:&lt;system&gt;:&lt;n&gt;</c>, so the queue's duplicate detection turns the pulls of
/// several instances into one.
/// </summary>
public static class PollSlots
{
    public static long Slot(DateTimeOffset instant, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The poll interval must be positive.");
        }

        return (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / interval.Ticks;
    }

    public static DateTimeOffset Start(long slot, TimeSpan interval) => DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(slot * interval.Ticks);
}

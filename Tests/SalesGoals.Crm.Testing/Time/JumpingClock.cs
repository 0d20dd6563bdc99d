using System;
using System.Threading;

namespace SalesGoals.Crm.Testing.Time;

/// <summary>The machine clock, which a test can move forward at once (e.g. past a token's lifetime); timers keep
/// real time.</summary>
public sealed class JumpingClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Jump(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

using System;
using System.Threading;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>The machine clock, which a test can move forward at once (timers keep real time).</summary>
internal sealed class JumpingClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Jump(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

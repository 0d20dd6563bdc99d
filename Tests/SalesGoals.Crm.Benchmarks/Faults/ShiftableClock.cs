using System;
using System.Threading;

namespace SalesGoals.Crm.Benchmarks.Faults;

/// <summary>The machine clock, moved forward at once to make the servers' tokens outlive their lifetime.</summary>
internal sealed class ShiftableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Jump(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

using System;
using System.Threading;

namespace SalesGoals.Crm.Testing.Time;

/// <summary>A clock frozen at a given instant and moved only when a test says so (its timers never fire by
/// themselves; use <c>FakeTimeProvider</c> or <see cref="BackoffClock"/> where timers must run).</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _ticks;

    public ManualTimeProvider(DateTimeOffset now) => _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);
}

using System;
using System.Threading;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>A TimeProvider frozen at a given instant (the local Dataverse stamps OperationCreatedOn from it),
/// moved only when a test says so.</summary>
public sealed class FixedTimeProvider : TimeProvider
{
    private long _ticks;

    public FixedTimeProvider(DateTimeOffset now) => _ticks = now.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

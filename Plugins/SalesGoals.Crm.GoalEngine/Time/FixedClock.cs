using System;

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>A clock that says what it is told; for tests, replays and "as of" reports.</summary>
public sealed class FixedClock : IClock
{
    public FixedClock(DateTimeOffset utcNow) => UtcNow = utcNow;

    public DateTimeOffset UtcNow { get; private set; }

    public void Set(DateTimeOffset utcNow) => UtcNow = utcNow;

    public void Advance(TimeSpan by) => UtcNow += by;
}

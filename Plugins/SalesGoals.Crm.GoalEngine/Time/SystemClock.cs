using System;

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>The real clock; the one place that reads the machine time.</summary>
public sealed class SystemClock : IClock
{
    public static SystemClock Instance { get; } = new();

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
}

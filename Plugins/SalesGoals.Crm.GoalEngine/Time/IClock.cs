using System;

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>The engine's only source of "now"; inject SystemClock in production and FixedClock in tests.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }
}

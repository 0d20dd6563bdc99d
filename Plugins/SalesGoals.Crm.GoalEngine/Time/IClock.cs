using System;

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>The engine's only source of "now": the plug-ins inject the execution's clock (OperationCreatedOn), tests a FixedClock.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }
}

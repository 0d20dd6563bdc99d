using System;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Plugins.Infrastructure;

/// <summary>The engine's clock fed from the execution context's OperationCreatedOn (UTC), so a
/// replayed or queued operation sees the time it was created, never the machine's clock.</summary>
public sealed class ExecutionClock : IClock
{
    public ExecutionClock(DateTime operationCreatedOnUtc) =>
        UtcNow = new DateTimeOffset(DateTime.SpecifyKind(operationCreatedOnUtc, DateTimeKind.Utc));

    public DateTimeOffset UtcNow { get; }
}

using System;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>A TimeProvider frozen at a given instant (the local Dataverse stamps OperationCreatedOn from it).</summary>
public sealed class FixedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _now;

    public FixedTimeProvider(DateTimeOffset now) => _now = now;

    public override DateTimeOffset GetUtcNow() => _now;
}

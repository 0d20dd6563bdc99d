using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>A hand-built execution of one step in a <see cref="GoalWorld"/>: its context, the world's services as
/// SYSTEM or the caller, and a recording trace.</summary>
public static class PluginProviders
{
    public static RemoteExecutionContext Context(this GoalWorld world, string message, string table, Guid? caller = null) => new()
    {
        MessageName = message,
        PrimaryEntityName = table,
        PrimaryEntityId = Guid.NewGuid(),
        UserId = caller ?? world.Rep,
        InitiatingUserId = caller ?? world.Rep,
        OrganizationId = world.Env.OrganizationId,
        OperationCreatedOn = GoalWorld.Now.UtcDateTime,
        CorrelationId = Guid.NewGuid(),
        Stage = 40,
        Mode = 0,
        Depth = 1,
    };

    public static StubServiceProvider Provider(this GoalWorld world, IPluginExecutionContext context, RecordingTracingService tracing) => new StubServiceProvider()
        .With<IPluginExecutionContext>(context)
        .With<ITracingService>(tracing)
        .With(world.Env.ServiceFactory);
}

using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Attainment;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Runs the attainment service a second time for a record, as a redelivered or replayed event would.</summary>
public static class Replay
{
    public static void Opportunity(GoalWorld world, Guid opportunityId) => Record(world, "opportunity", opportunityId);

    public static void Record(GoalWorld world, string table, Guid recordId) => Service(world).Sync(table, recordId);

    public static void Deleted(GoalWorld world, Guid opportunityId) => Deleted(world, "opportunity", opportunityId);

    public static void Deleted(GoalWorld world, string table, Guid recordId) => Service(world).Remove(table, recordId);

    /// <summary>The step's own composition at the world's instant (no environment variables), over the world's SYSTEM
    /// service or, to watch its requests, over <paramref name="service"/>.</summary>
    public static IAttainmentService Service(GoalWorld world, IOrganizationService? service = null) =>
        new PluginServices(service ?? world.AsSystem, new FixedClock(GoalWorld.Now), () => null).Attainment();
}

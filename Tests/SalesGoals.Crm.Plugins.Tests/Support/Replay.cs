using System;
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

    // The step's own composition, over the world's SYSTEM service at the world's instant (no environment variables).
    private static IAttainmentService Service(GoalWorld world) =>
        new PluginServices(world.AsSystem, new FixedClock(GoalWorld.Now), () => null).Attainment();
}

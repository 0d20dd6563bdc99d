using System;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Attainment;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Progress;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Runs the attainment service a second time for a record, as a redelivered or replayed event would.</summary>
public static class Replay
{
    public static void Opportunity(GoalWorld world, Guid opportunityId) => Record(world, "opportunity", opportunityId);

    public static void Record(GoalWorld world, string table, Guid recordId) => Service(world).Sync(table, recordId);

    public static void Deleted(GoalWorld world, Guid opportunityId) => Deleted(world, "opportunity", opportunityId);

    public static void Deleted(GoalWorld world, string table, Guid recordId) => Service(world).Remove(table, recordId);

    private static AttainmentService Service(GoalWorld world)
    {
        var service = world.AsSystem;
        var clock = new FixedClock(GoalWorld.Now);
        var goals = new GoalRepository(service);
        var rates = new CurrencyRates(service);
        var calendars = new GoalCalendarRepository(service);
        var progress = new GoalProgressWriter(service, goals, clock, new AlertService(service, clock), calendars);
        return new AttainmentService(service, goals, new LedgerRepository(service, goals, clock), progress, rates, new SourceCatalog(service, rates, calendars));
    }
}

using System;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>Composition of the pace sweep for one execution: as SYSTEM, with the clock fixed at the
/// requested instant so expected-to-date, alerts and sg_lastcomputedon all say "as of" that instant.</summary>
public static class PaceSweepServices
{
    public static IPaceSweepService Create(LocalPluginContext context, DateTimeOffset asOf)
    {
        var clock = new FixedClock(asOf);
        var service = context.SystemService;
        var goals = new GoalRepository(service);
        var calendars = new GoalCalendarRepository(service, context.EnvironmentSettings);
        return new PaceSweepService(service, new GoalProgressWriter(service, goals, clock, new AlertService(service, clock), calendars), calendars, clock);
    }
}

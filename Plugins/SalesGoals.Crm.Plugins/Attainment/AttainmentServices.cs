using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Progress;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Composition of the attainment services for one execution. Bookkeeping runs as SYSTEM:
/// a rep who wins a deal cannot write goals, yet their goal and its ancestors must move.</summary>
public static class AttainmentServices
{
    public static IAttainmentService Create(LocalPluginContext context)
    {
        var service = context.SystemService;
        var goals = new GoalRepository(service);
        var alerts = new AlertService(service, context.Clock);
        var rates = new CurrencyRates(service);
        var calendars = new GoalCalendarRepository(service, context.EnvironmentSettings);
        var progress = new GoalProgressWriter(service, goals, context.Clock, alerts, calendars);
        return new AttainmentService(service, goals, new LedgerRepository(service, goals, context.Clock), progress, rates, new SourceCatalog(service, rates, calendars));
    }
}

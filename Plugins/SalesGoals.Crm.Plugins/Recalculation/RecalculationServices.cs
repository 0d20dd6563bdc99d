using SalesGoals.Crm.Plugins.Attainment;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Progress;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>Composition of the recalculation service for one execution (runs as SYSTEM).</summary>
public static class RecalculationServices
{
    public static RecalculationService Create(LocalPluginContext context)
    {
        var service = context.SystemService;
        var goals = new GoalRepository(service);
        var calendars = new GoalCalendarRepository(service);
        var progress = new GoalProgressWriter(service, goals, context.Clock, new AlertService(service, context.Clock), calendars);
        var rates = new CurrencyRates(service);
        return new RecalculationService(service, goals, new LedgerRepository(service, goals, context.Clock), progress, rates, new SourceCatalog(service, rates, calendars));
    }
}

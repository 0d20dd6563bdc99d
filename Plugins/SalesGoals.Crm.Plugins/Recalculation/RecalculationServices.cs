using SalesGoals.Crm.Plugins.Attainment;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Configuration;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Progress;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>Composition of the recalculation service for one execution (runs as SYSTEM, every request counted against the budget).</summary>
public static class RecalculationServices
{
    public static RecalculationService Create(LocalPluginContext context)
    {
        var service = new CountingOrganizationService(context.SystemService);
        var budget = new RequestBudget(service);
        var goals = new GoalRepository(service);
        var calendars = new GoalCalendarRepository(service, new EnvironmentSettings(service, context.Execution.OrganizationId, context.Clock)); // its reads count against the budget
        var progress = new GoalProgressWriter(service, goals, context.Clock, new AlertService(service, context.Clock), calendars);
        var rates = new CurrencyRates(service);
        var leaves = new LeafRebuilder(service, goals, new LedgerRepository(service, goals, context.Clock), rates, new SourceCatalog(service, rates, calendars), budget);
        return new RecalculationService(service, goals, progress, leaves, budget, () => context.Clock.UtcNow.UtcDateTime);
    }
}

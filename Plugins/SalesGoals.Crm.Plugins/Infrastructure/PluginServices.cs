using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Adjustments;
using SalesGoals.Crm.Plugins.Attainment;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Configuration;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Recalculation;

namespace SalesGoals.Crm.Plugins.Infrastructure;

/// <summary>
/// The one place the plug-ins' services are wired, for one execution: every step asks <see cref="For"/> for the
/// service it needs, and tests build one over their own organization service and clock. Each call composes a fresh
/// graph (nothing is shared between two services, as a step uses one). The services run as SYSTEM: a rep who wins
/// a deal cannot write goals, yet the goal and its ancestors must move; the rules decide who may do what.
/// </summary>
public sealed class PluginServices
{
    private readonly IOrganizationService _service;
    private readonly IClock _clock;
    private readonly Func<EnvironmentSettings?> _settings;

    /// <param name="settings">The environment variables the plug-ins obey; null: none (the defaults).</param>
    public PluginServices(IOrganizationService service, IClock clock, Func<EnvironmentSettings?> settings)
    {
        _service = service;
        _clock = clock;
        _settings = settings;
    }

    /// <summary>A step's services: as SYSTEM, on the execution's clock and the organization's environment variables.</summary>
    public static PluginServices For(LocalPluginContext context) =>
        new(context.SystemService, context.Clock, () => context.EnvironmentSettings);

    /// <summary>Turns source records into ledger rows and moves the goals they feed.</summary>
    public IAttainmentService Attainment()
    {
        var goals = new GoalRepository(_service);
        var rates = new CurrencyRates(_service);
        var calendars = new GoalCalendarRepository(_service, _settings());
        var progress = new GoalProgressWriter(_service, goals, _clock, new AlertService(_service, _clock), calendars);
        return new AttainmentService(_service, goals, new LedgerRepository(_service, goals, _clock), progress, rates, new SourceCatalog(_service, rates, calendars));
    }

    /// <summary>Rebuilds a goal tree slice by slice; every request, the environment variables' reads included, counts
    /// against the slice's budget.</summary>
    public RecalculationService Recalculation(Guid organizationId)
    {
        var service = new CountingOrganizationService(_service);
        var budget = new RequestBudget(service);
        var goals = new GoalRepository(service);
        var calendars = new GoalCalendarRepository(service, new EnvironmentSettings(service, organizationId, _clock));
        var progress = new GoalProgressWriter(service, goals, _clock, new AlertService(service, _clock), calendars);
        var rates = new CurrencyRates(service);
        var leaves = new LeafRebuilder(service, goals, new LedgerRepository(service, goals, _clock), rates, new SourceCatalog(service, rates, calendars), budget);
        return new RecalculationService(service, goals, progress, leaves, budget, () => _clock.UtcNow.UtcDateTime);
    }

    /// <summary>The pace sweep with the clock fixed at <paramref name="asOf"/>, so expected-to-date, alerts and
    /// sg_lastcomputedon all say "as of" that instant.</summary>
    public IPaceSweepService PaceSweep(DateTimeOffset asOf)
    {
        var clock = new FixedClock(asOf);
        var goals = new GoalRepository(_service);
        var calendars = new GoalCalendarRepository(_service, _settings());
        return new PaceSweepService(_service, new GoalProgressWriter(_service, goals, clock, new AlertService(_service, clock), calendars), calendars, clock);
    }

    public IGoalRuleService GoalRules() => new GoalRuleService(new GoalRepository(_service));

    public IAdjustmentRepository Adjustments() => new AdjustmentRepository(_service);

    public IAdjustmentWorkflow AdjustmentWorkflow()
    {
        var adjustments = new AdjustmentRepository(_service);
        var notices = new AdjustmentNotices(new InAppNotifier(_service, adjustments), adjustments);
        return new AdjustmentWorkflow(_service, adjustments, new AdjustmentValidator(new GoalRepository(_service), adjustments.ManagerOf), notices, _clock);
    }

    public IAdjustmentApplier AdjustmentApplier()
    {
        var adjustments = new AdjustmentRepository(_service);
        var goals = new GoalRepository(_service);
        var notices = new AdjustmentNotices(new InAppNotifier(_service, adjustments), adjustments);
        var progress = new GoalProgressWriter(_service, goals, _clock, new AlertService(_service, _clock), new GoalCalendarRepository(_service, _settings()));
        return new AdjustmentApplier(_service, adjustments, goals, new AdjustmentValidator(goals, adjustments.ManagerOf), new GoalHistoryWriter(_service), progress, notices, _clock);
    }
}

using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Progress;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>
/// Composition of the adjustment services for one execution. They run as SYSTEM: the rules decide
/// who may do what (a rep may request, never write goals), and notifications go to other users.
/// </summary>
public static class AdjustmentServices
{
    public static IAdjustmentWorkflow Workflow(LocalPluginContext context)
    {
        var service = context.SystemService;
        var adjustments = new AdjustmentRepository(service);
        var notices = new AdjustmentNotices(new InAppNotifier(service, adjustments), adjustments);
        return new AdjustmentWorkflow(service, adjustments, new AdjustmentValidator(new GoalRepository(service), adjustments.ManagerOf), notices, context.Clock);
    }

    public static IAdjustmentApplier Applier(LocalPluginContext context)
    {
        var service = context.SystemService;
        var adjustments = new AdjustmentRepository(service);
        var goals = new GoalRepository(service);
        var notices = new AdjustmentNotices(new InAppNotifier(service, adjustments), adjustments);
        var progress = new GoalProgressWriter(service, goals, context.Clock, new AlertService(service, context.Clock), new GoalCalendarRepository(service, context.EnvironmentSettings));
        return new AdjustmentApplier(service, adjustments, goals, new AdjustmentValidator(goals, adjustments.ManagerOf), new GoalHistoryWriter(service), progress, notices, context.Clock);
    }

    public static IAdjustmentRepository Repository(LocalPluginContext context) => new AdjustmentRepository(context.SystemService);
}

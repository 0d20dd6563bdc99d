using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Composition of the goal services for one execution (the plug-ins stay thin).</summary>
public static class GoalServices
{
    public static IGoalRuleService Rules(LocalPluginContext context) => new GoalRuleService(new GoalRepository(context.SystemService));
}

using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Create of sg_goal, pre-operation: rules 1–4 and 6; sets scope key, owner and lock.</summary>
public sealed class CheckGoalOnCreate : PluginBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000101", "Create", SgGoal.LogicalName, StepRegistration.PreOperation);

    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (Planning.GoalPlanGate.IsOpen(context.Execution))
        {
            return; // a goal of a plan sg_ApplyGoalPlan checked as a whole (it sets scope key, owner, lock, unallocated)
        }

        var target = (Entity)context.Execution.InputParameters["Target"];
        var actor = ActorResolver.Resolve(context.SystemService, context.Execution.InitiatingUserId);
        PluginServices.For(context).GoalRules().CheckCreate(target, actor);
    }
}

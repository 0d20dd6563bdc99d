using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Create of sg_goaladjustment, pre-operation: a draft or a submission; stamps the requester.</summary>
public sealed class CheckAdjustmentOnCreate : AdjustmentStepBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000501", "Create", SgGoalAdjustment.LogicalName, StepRegistration.PreOperation);

    protected override void Run(LocalPluginContext context)
    {
        var target = (Entity)context.Execution.InputParameters["Target"];
        var actor = ActorResolver.Resolve(context.SystemService, context.Execution.InitiatingUserId);
        PluginServices.For(context).AdjustmentWorkflow().OnCreate(target, actor);
    }
}

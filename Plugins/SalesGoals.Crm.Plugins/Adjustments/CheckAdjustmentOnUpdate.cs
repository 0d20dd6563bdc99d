using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Update of sg_goaladjustment, pre-operation: submit, approve, reject; a submitted request is frozen.</summary>
public sealed class CheckAdjustmentOnUpdate : AdjustmentStepBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000502", "Update", SgGoalAdjustment.LogicalName, StepRegistration.PreOperation)
            .Filtering(A.Status, A.Kind, A.Reason, A.Justification, A.ParentGoalId, A.RequestedById, A.RequestedOn, A.ApproverId, A.DecidedOn, A.AppliedOn)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target"));

    protected override void Run(LocalPluginContext context)
    {
        var target = (Entity)context.Execution.InputParameters["Target"];
        var stored = context.Execution.PreEntityImages[PreImage];
        var actor = ActorResolver.Resolve(context.SystemService, context.Execution.InitiatingUserId);
        PluginServices.For(context).AdjustmentWorkflow().OnUpdate(target, stored, actor, context.Execution);
    }
}

using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Update of sg_goaladjustment's status, post-operation: Submitted → Approved applies it in the same transaction.</summary>
public sealed class ApplyApprovedAdjustment : AdjustmentStepBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000503", "Update", SgGoalAdjustment.LogicalName, StepRegistration.PostOperation)
            .Filtering(A.Status)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", A.Status));

    protected override void Run(LocalPluginContext context)
    {
        var before = AdjustmentMapper.StatusOf(context.Execution.PreEntityImages[PreImage].GetAttributeValue<OptionSetValue>(A.Status));
        var after = AdjustmentMapper.StatusOf(((Entity)context.Execution.InputParameters["Target"]).GetAttributeValue<OptionSetValue>(A.Status));
        if (before == AdjustmentStatus.Submitted && after == AdjustmentStatus.Approved)
        {
            PluginServices.For(context).AdjustmentApplier().Apply(context.Execution);
        }
    }
}

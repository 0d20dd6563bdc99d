using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Update of sg_goaladjustmentline, pre-operation: the lines of a submitted request are frozen (moving a line counts for both requests).</summary>
public sealed class CheckLineOnUpdate : AdjustmentStepBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000505", "Update", SgGoalAdjustmentLine.LogicalName, StepRegistration.PreOperation)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", L.AdjustmentId));

    protected override void Run(LocalPluginContext context)
    {
        var target = (Entity)context.Execution.InputParameters["Target"];
        var workflow = PluginServices.For(context).AdjustmentWorkflow();
        workflow.EnsureLinesEditable(context.Execution.PreEntityImages[PreImage].GetAttributeValue<EntityReference>(L.AdjustmentId)?.Id);
        if (target.Attributes.ContainsKey(L.AdjustmentId))
        {
            workflow.EnsureLinesEditable(target.GetAttributeValue<EntityReference>(L.AdjustmentId)?.Id);
        }
    }
}

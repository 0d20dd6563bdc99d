using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Delete of sg_goaladjustmentline, pre-operation: a submitted request keeps its lines.</summary>
public sealed class CheckLineOnDelete : AdjustmentStepBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000506", "Delete", SgGoalAdjustmentLine.LogicalName, StepRegistration.PreOperation)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", L.AdjustmentId));

    protected override void Run(LocalPluginContext context) =>
        PluginServices.For(context).AdjustmentWorkflow().EnsureLinesEditable(context.Execution.PreEntityImages[PreImage].GetAttributeValue<EntityReference>(L.AdjustmentId)?.Id);
}

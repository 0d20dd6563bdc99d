using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Delete of sg_goaladjustment, pre-validation: only a draft can be deleted. A submitted request is withdrawn
/// instead, and a decided one (approved, rejected, applied, withdrawn) is part of the goals' history.</summary>
public sealed class CheckAdjustmentOnDelete : AdjustmentStepBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000508", "Delete", SgGoalAdjustment.LogicalName, StepRegistration.PreValidation)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", A.Name, A.Status));

    protected override void Run(LocalPluginContext context)
    {
        var stored = context.Execution.PreEntityImages[PreImage];
        if (AdjustmentMapper.StatusOf(stored.GetAttributeValue<OptionSetValue>(A.Status)) is { } status)
        {
            throw new AdjustmentRejectedException([AdjustmentTexts.RequestOnRecord(stored.GetAttributeValue<string>(A.Name) ?? stored.Id.ToString(), status)]);
        }
    }
}

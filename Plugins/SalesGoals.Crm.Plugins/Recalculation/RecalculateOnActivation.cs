using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>Update of sg_goal's status, post-operation: a goal that becomes Active counts the records that already exist.</summary>
public sealed class RecalculateOnActivation : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000301", "Update", SgGoal.LogicalName, StepRegistration.PostOperation)
            .Filtering(SgGoal.Fields.GoalStatus)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", SgGoal.Fields.GoalStatus));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (Planning.GoalPlanGate.IsOpen(context.Execution))
        {
            return; // the plan's root is recalculated once, after its last slice (sg_RecalculateGoal, driven by the caller)
        }

        var before = context.Execution.PreEntityImages[PreImage].GetAttributeValue<OptionSetValue>(SgGoal.Fields.GoalStatus)?.Value ?? SgGoal.Options.StatusDraft;
        var after = ((Entity)context.Execution.InputParameters["Target"]).GetAttributeValue<OptionSetValue>(SgGoal.Fields.GoalStatus)?.Value;
        if (before != SgGoal.Options.StatusActive && after == SgGoal.Options.StatusActive)
        {
            PluginServices.For(context).Recalculation(context.Execution.OrganizationId).RunSlice(context.Execution.PrimaryEntityId, null, restart: true);
        }
    }
}

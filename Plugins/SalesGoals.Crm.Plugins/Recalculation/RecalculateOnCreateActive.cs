using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>Create of sg_goal, post-operation: a goal created Active counts the records that already exist.</summary>
public sealed class RecalculateOnCreateActive : PluginBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000302", "Create", SgGoal.LogicalName, StepRegistration.PostOperation);

    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (Planning.GoalPlanGate.IsOpen(context.Execution))
        {
            return; // the plan's root is recalculated once, after its last slice
        }

        var target = (Entity)context.Execution.InputParameters["Target"];
        if (target.GetAttributeValue<OptionSetValue>(SgGoal.Fields.GoalStatus)?.Value == SgGoal.Options.StatusActive)
        {
            PluginServices.For(context).Recalculation(context.Execution.OrganizationId).RunSlice(context.Execution.PrimaryEntityId, null, restart: true);
        }
    }
}

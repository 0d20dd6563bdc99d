using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Create of sg_goaladjustmentline, pre-operation: only a draft request takes new lines.</summary>
public sealed class CheckLineOnCreate : AdjustmentStepBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000504", "Create", SgGoalAdjustmentLine.LogicalName, StepRegistration.PreOperation);

    protected override void Run(LocalPluginContext context)
    {
        var target = (Entity)context.Execution.InputParameters["Target"];
        PluginServices.For(context).AdjustmentWorkflow().EnsureLinesEditable(target.GetAttributeValue<EntityReference>(L.AdjustmentId)?.Id);
    }
}

using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Delete of opportunity, post-operation: every contribution of the deleted deal is reversed.</summary>
public sealed class ReverseOnOpportunityDelete : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000205", "Delete", OpportunityTable.LogicalName, StepRegistration.PostOperation)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", OpportunityTable.Fields.StateCode));

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Remove(OpportunityTable.LogicalName, context.Execution.PrimaryEntityId);
}

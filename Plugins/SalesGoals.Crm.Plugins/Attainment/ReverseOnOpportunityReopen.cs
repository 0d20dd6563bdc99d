using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Update of opportunity statecode, post-operation: a reopened deal's contributions are all reversed.</summary>
public sealed class ReverseOnOpportunityReopen : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000203", "Update", OpportunityTable.LogicalName, StepRegistration.PostOperation)
            .Filtering(OpportunityTable.Fields.StateCode)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", OpportunityTable.Fields.StateCode));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.Execution.PreEntityImages[PreImage].GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(OpportunityTable.Fields.StateCode)?.Value;
        if (before is OpportunityTable.States.Won or OpportunityTable.States.Lost)
        {
            PluginServices.For(context).Attainment().Sync(OpportunityTable.LogicalName, context.Execution.PrimaryEntityId);
        }
    }
}

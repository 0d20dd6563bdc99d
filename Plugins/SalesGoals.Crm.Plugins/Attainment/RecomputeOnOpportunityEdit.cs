using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using O = SalesGoals.Crm.Plugins.Schema.OpportunityTable.Fields;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Update of a closed opportunity's amount, owner, close date or dimensions, post-operation:
/// its contributions are recomputed from the ledger (reverse old, apply new).</summary>
public sealed class RecomputeOnOpportunityEdit : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000204", "Update", OpportunityTable.LogicalName, StepRegistration.PostOperation, rank: 2)
            .Filtering(O.ActualValue, O.OwnerId, O.ActualCloseDate, O.ProductLine, O.Region, O.CustomerSegment, O.IsNewCustomer)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", O.StateCode));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        // An open deal has no contributions; its edits matter only once it closes.
        var state = context.Execution.PreEntityImages[PreImage].GetAttributeValue<OptionSetValue>(O.StateCode)?.Value;
        if (state is OpportunityTable.States.Won or OpportunityTable.States.Lost)
        {
            PluginServices.For(context).Attainment().Sync(OpportunityTable.LogicalName, context.Execution.PrimaryEntityId);
        }
    }
}

using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Win of opportunity, post-operation, synchronous: the deal counts the moment it closes.
/// Win carries no Target and no images: the opportunity id comes from OpportunityClose.</summary>
public sealed class RecordOpportunityWin : PluginBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000201", "Win", OpportunityTable.LogicalName, StepRegistration.PostOperation);

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Sync(OpportunityTable.LogicalName, OpportunityCloseInput.OpportunityId(context));
}

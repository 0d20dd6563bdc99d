using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Lose of opportunity, post-operation, synchronous: lost-count and win-rate goals move.</summary>
public sealed class RecordOpportunityLoss : PluginBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000202", "Lose", OpportunityTable.LogicalName, StepRegistration.PostOperation);

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Sync(OpportunityTable.LogicalName, OpportunityCloseInput.OpportunityId(context));
}

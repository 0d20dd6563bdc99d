using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Create of lead, post-operation: the new lead counts for its owner's leads-created goals on its creation date.</summary>
public sealed class RecordLeadCreation : PluginBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000621", "Create", LeadTable.LogicalName, StepRegistration.PostOperation);

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Sync(LeadTable.LogicalName, context.Execution.PrimaryEntityId);
}

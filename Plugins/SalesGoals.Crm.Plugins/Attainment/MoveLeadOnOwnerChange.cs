using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Update of a lead's owner (assign), post-operation: the lead moves from the old owner's goals to the new owner's.</summary>
public sealed class MoveLeadOnOwnerChange : PluginBase
{
    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000622", "Update", LeadTable.LogicalName, StepRegistration.PostOperation)
            .Filtering(LeadTable.Fields.OwnerId);

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Sync(LeadTable.LogicalName, context.Execution.PrimaryEntityId);
}

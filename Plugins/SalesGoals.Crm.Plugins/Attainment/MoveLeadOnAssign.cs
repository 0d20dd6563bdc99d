using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Assign of lead (the legacy owner-change message), post-operation: the lead moves to the new
/// owner's goals. Where the platform also runs the Update steps for the same change, the second sync finds nothing to do.</summary>
public sealed class MoveLeadOnAssign : PluginBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000624", "Assign", LeadTable.LogicalName, StepRegistration.PostOperation);

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Sync(LeadTable.LogicalName, context.Execution.PrimaryEntityId);
}

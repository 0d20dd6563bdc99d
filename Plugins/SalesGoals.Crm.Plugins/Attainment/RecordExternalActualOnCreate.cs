using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Create of sg_externalactual (the connector worker writes a Zoho/Fenxiang deal), post-operation:
/// a won or lost deal counts for its mapped owner's goals like a native opportunity.</summary>
public sealed class RecordExternalActualOnCreate : PluginBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000601", "Create", SgExternalActual.LogicalName, StepRegistration.PostOperation);

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Sync(SgExternalActual.LogicalName, context.Execution.PrimaryEntityId);
}

using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Delete of lead, post-operation: the lead no longer counts.</summary>
public sealed class ReverseOnLeadDelete : PluginBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000623", "Delete", LeadTable.LogicalName, StepRegistration.PostOperation);

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Remove(LeadTable.LogicalName, context.Execution.PrimaryEntityId);
}

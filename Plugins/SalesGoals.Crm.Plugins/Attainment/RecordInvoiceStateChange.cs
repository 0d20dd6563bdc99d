using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>SetState of invoice (the legacy message), post-operation: a paid invoice with a paid date counts,
/// back to Active or Cancelled reverses. (SetState carries no columns, so the paid date is not stamped here:
/// an invoice paid this way without sg_paidon counts once its paid date is entered.)</summary>
public sealed class RecordInvoiceStateChange : PluginBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000634", "SetState", InvoiceTable.LogicalName, StepRegistration.PostOperation);

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Sync(InvoiceTable.LogicalName, context.Execution.PrimaryEntityId);
}

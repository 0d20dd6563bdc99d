using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using I = SalesGoals.Crm.Plugins.Schema.InvoiceTable;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Update of an invoice's state, total, paid date or owner, post-operation: a paid invoice counts
/// its total as collected revenue; un-paying or cancelling it reverses that. Edits of an invoice that is
/// not and was not paid are skipped without a read.</summary>
public sealed class RecordInvoicePayment : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000632", "Update", I.LogicalName, StepRegistration.PostOperation)
            .Filtering(I.Fields.StateCode, I.Fields.TotalAmount, I.Fields.PaidOn, I.Fields.OwnerId)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", I.Fields.StateCode));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (context.WasOrIs(PreImage, I.Fields.StateCode, I.States.Paid))
        {
            PluginServices.For(context).Attainment().Sync(I.LogicalName, context.Execution.PrimaryEntityId);
        }
    }
}

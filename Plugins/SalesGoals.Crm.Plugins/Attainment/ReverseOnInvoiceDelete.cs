using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using I = SalesGoals.Crm.Plugins.Schema.InvoiceTable;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Delete of a paid invoice, post-operation: the revenue it collected is reversed.</summary>
public sealed class ReverseOnInvoiceDelete : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000633", "Delete", I.LogicalName, StepRegistration.PostOperation)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", I.Fields.StateCode));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (context.PreImageOption(PreImage, I.Fields.StateCode) == I.States.Paid)
        {
            PluginServices.For(context).Attainment().Remove(I.LogicalName, context.Execution.PrimaryEntityId);
        }
    }
}

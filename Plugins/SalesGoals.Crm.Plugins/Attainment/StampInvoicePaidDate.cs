using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;
using I = SalesGoals.Crm.Plugins.Schema.InvoiceTable;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Update of an invoice to Paid, pre-operation: when nobody entered the paid date (sg_paidon),
/// it is the day the invoice is marked paid (in the organization's time zone), so collected revenue
/// always has a date to count on.</summary>
public sealed class StampInvoicePaidDate : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000631", "Update", I.LogicalName, StepRegistration.PreOperation)
            .Filtering(I.Fields.StateCode)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", I.Fields.StateCode, I.Fields.PaidOn));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = (Entity)context.Execution.InputParameters["Target"];
        var before = context.Execution.PreEntityImages[PreImage];
        var becomesPaid = target.GetAttributeValue<OptionSetValue>(I.Fields.StateCode)?.Value == I.States.Paid
            && before.GetAttributeValue<OptionSetValue>(I.Fields.StateCode)?.Value != I.States.Paid;
        if (becomesPaid && !target.Contains(I.Fields.PaidOn) && before.GetAttributeValue<System.DateTime?>(I.Fields.PaidOn) == null)
        {
            target[I.Fields.PaidOn] = new GoalCalendarRepository(context.SystemService).DateOf(context.Clock.UtcNow).ToDateTime();
        }
    }
}

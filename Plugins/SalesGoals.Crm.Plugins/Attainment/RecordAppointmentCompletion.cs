using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.AppointmentTable;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Update of an appointment's state, owner or end dates, post-operation: completing it counts a
/// visit; reopening or cancelling reverses it; moving its owner or date moves it. Edits of an appointment
/// that is not and was not completed are skipped without a read.</summary>
public sealed class RecordAppointmentCompletion : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000611", "Update", A.LogicalName, StepRegistration.PostOperation)
            .Filtering(A.Fields.StateCode, A.Fields.OwnerId, A.Fields.ActualEnd, A.Fields.ScheduledEnd)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", A.Fields.StateCode));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (context.WasOrIs(PreImage, A.Fields.StateCode, A.States.Completed))
        {
            PluginServices.For(context).Attainment().Sync(A.LogicalName, context.Execution.PrimaryEntityId);
        }
    }
}

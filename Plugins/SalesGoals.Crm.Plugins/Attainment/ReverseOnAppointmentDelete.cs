using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.AppointmentTable;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Delete of a completed appointment, post-operation: the visit it counted is reversed.</summary>
public sealed class ReverseOnAppointmentDelete : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000612", "Delete", A.LogicalName, StepRegistration.PostOperation)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", A.Fields.StateCode));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (context.PreImageOption(PreImage, A.Fields.StateCode) == A.States.Completed)
        {
            PluginServices.For(context).Attainment().Remove(A.LogicalName, context.Execution.PrimaryEntityId);
        }
    }
}

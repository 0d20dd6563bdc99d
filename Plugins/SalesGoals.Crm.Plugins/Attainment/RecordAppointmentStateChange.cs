using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>SetState of appointment (the legacy message older clients and integrations still send), post-operation:
/// completing counts the visit, reopening or cancelling reverses it. Where the platform also runs the Update
/// steps for the same change, the second sync finds nothing to do.</summary>
public sealed class RecordAppointmentStateChange : PluginBase
{
    public static StepRegistration Step =>
        new("5b0c2f01-7a41-4c51-9a10-000000000613", "SetState", AppointmentTable.LogicalName, StepRegistration.PostOperation);

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Sync(AppointmentTable.LogicalName, context.Execution.PrimaryEntityId);
}

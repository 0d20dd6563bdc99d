using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Notifications;

/// <summary>Update of a goal's definition, post-operation, asynchronous: "goal changed" goes to the queue for the connector.</summary>
public sealed class PostGoalChanged : PluginBase
{
    public PostGoalChanged(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000401", "Update", SgGoal.LogicalName, StepRegistration.PostOperation, StepRegistration.Asynchronous)
            .Filtering(CheckGoalOnUpdate.DefinitionColumns);

    protected override void ExecuteStep(LocalPluginContext context) => QueueNotifier.Post(context);
}

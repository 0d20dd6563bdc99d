using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Notifications;

/// <summary>Update of a goal's actual, post-operation, asynchronous: "progress changed" goes to the queue (the win itself is not slowed).</summary>
public sealed class PostProgressChanged : PluginBase
{
    public PostProgressChanged(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000402", "Update", SgGoal.LogicalName, StepRegistration.PostOperation, StepRegistration.Asynchronous)
            .Filtering(SgGoal.Fields.Actual);

    protected override void ExecuteStep(LocalPluginContext context) => QueueNotifier.Post(context);
}

using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Delete of sg_goal, pre-validation: a rep cannot delete their own goal; a locked goal cannot be deleted.</summary>
public sealed class CheckGoalOnDelete : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000103", "Delete", SgGoal.LogicalName, StepRegistration.PreValidation)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target"));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var stored = context.Execution.PreEntityImages[PreImage];
        var actor = ActorResolver.Resolve(context.SystemService, context.Execution.InitiatingUserId);
        PluginServices.For(context).GoalRules().CheckDelete(stored, actor);
    }
}

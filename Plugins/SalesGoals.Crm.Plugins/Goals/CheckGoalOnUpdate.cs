using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.Plugins.Adjustments;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Update of sg_goal, pre-operation: rules 1–6 including locks and activation allocation.</summary>
public sealed class CheckGoalOnUpdate : PluginBase
{
    public const string PreImage = "PreImage";

    /// <summary>Only these columns trigger the checks, so the plug-ins' own writes of actuals and progress do not.</summary>
    public static readonly string[] DefinitionColumns =
    [
        F.Name, F.OwnerId, F.CurrencyId, F.AssigneeUserId, F.AssigneeTeamId, F.ManagerId, F.MetricId, F.PeriodType, F.PeriodStart, F.PeriodEnd,
        F.ProductLine, F.Region, F.CustomerSegment, F.BaseValue, F.TargetValue, F.StretchValue, F.ParentGoalId, F.SplitAxis,
        F.OverAssignmentPct, F.Strategy, F.GoalStatus, F.IsLocked,
    ];

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000102", "Update", SgGoal.LogicalName, StepRegistration.PreOperation)
            .Filtering(DefinitionColumns)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target"));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (Planning.GoalPlanGate.IsOpen(context.Execution))
        {
            return; // a goal of a plan sg_ApplyGoalPlan checked as a whole
        }

        var target = (Entity)context.Execution.InputParameters["Target"];
        var stored = context.Execution.PreEntityImages[PreImage];
        var actor = ActorResolver.Resolve(context.SystemService, context.Execution.InitiatingUserId);
        // Only a genuine apply of an approved adjustment may change a locked goal's tiers (never a column or a bare flag).
        var genuine = ApprovedAdjustmentGate.Authorizes(context.Execution, target, stored, PluginServices.For(context).Adjustments());
        var edit = genuine ? EditContext.ApprovedAdjustment : EditContext.Direct;
        PluginServices.For(context).GoalRules().CheckUpdate(target, stored, actor, edit);
    }
}

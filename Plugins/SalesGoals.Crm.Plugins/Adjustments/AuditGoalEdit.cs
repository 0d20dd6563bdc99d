using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>
/// Update of sg_goal's tiers, post-operation: "every edit is audited" (goals.md §1) — a direct edit
/// of a non-draft goal (a flexible Month/Week/Day goal edited by its manager) writes history. The
/// apply step writes its own, richer history, so its edits are skipped here.
/// </summary>
public sealed class AuditGoalEdit : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000507", "Update", SgGoal.LogicalName, StepRegistration.PostOperation)
            .Filtering(SgGoal.TierFields)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", F.Name, F.OwnerId, F.GoalStatus, F.BaseValue, F.TargetValue, F.StretchValue));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = (Entity)context.Execution.InputParameters["Target"];
        var stored = context.Execution.PreEntityImages[PreImage];
        var draft = (stored.GetAttributeValue<OptionSetValue>(F.GoalStatus)?.Value ?? SgGoal.Options.StatusDraft) == SgGoal.Options.StatusDraft;
        if (draft || ApprovedAdjustmentGate.Authorizes(context.Execution, target, stored, PluginServices.For(context).Adjustments()))
        {
            return;
        }

        var entry = new GoalHistoryEntry(context.Execution.InitiatingUserId, context.Clock.UtcNow.UtcDateTime, SgGoalHistory.Options.DirectEdit);
        new GoalHistoryWriter(context.SystemService).Write(stored, target, entry);
    }
}

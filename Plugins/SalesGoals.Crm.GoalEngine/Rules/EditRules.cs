using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// Rules 5 (locks) and 6 (rights) for a change from <c>before</c> to <c>after</c>. Pure: the
/// caller supplies the acting user's facts.
/// </summary>
public static class EditRules
{
    public static bool TiersChanged(GoalSnapshot before, GoalSnapshot after) =>
        before.Base != after.Base || before.Target != after.Target || before.Stretch != after.Stretch;

    public static bool ScopeChanged(GoalSnapshot before, GoalSnapshot after) =>
        before.Assignee != after.Assignee
        || !string.Equals(before.MetricCode, after.MetricCode, System.StringComparison.OrdinalIgnoreCase)
        || before.PeriodType != after.PeriodType || before.PeriodStart != after.PeriodStart || before.PeriodEnd != after.PeriodEnd
        || !before.Dimensions.SameAs(after.Dimensions)
        || before.ParentId != after.ParentId;

    /// <summary>Rule 5: a locked goal's tiers change only through an approved adjustment; its scope never changes.</summary>
    public static IEnumerable<RuleProblem> CheckLock(GoalSnapshot before, GoalSnapshot after, EditContext context, LockPolicy policy)
    {
        if (!policy.IsLocked(before))
        {
            yield break;
        }

        if (TiersChanged(before, after) && !context.ViaApprovedAdjustment)
        {
            yield return ProblemBuilder.For(RuleCode.GoalLockedTierChange, before)
                .With("periodType", before.PeriodType)
                .WithAmount("target", before.Target, before.Precision)
                .Build();
        }

        if (ScopeChanged(before, after))
        {
            yield return ProblemBuilder.For(RuleCode.GoalLockedScopeChange, before).With("periodType", before.PeriodType).Build();
        }
    }

    /// <summary>Deleting a goal that has recorded results (ledger rows) or a change history (adjustments) would lose
    /// that record: it is closed instead.</summary>
    public static IEnumerable<RuleProblem> CheckDeleteHistory(GoalSnapshot goal, bool hasResults, bool hasChanges)
    {
        if (!hasResults && !hasChanges)
        {
            yield break;
        }

        var english = hasResults && hasChanges ? "recorded results and a change history" : hasResults ? "recorded results" : "a change history";
        var chinese = hasResults && hasChanges ? "已记录业绩并有目标变更历史" : hasResults ? "已记录业绩" : "有目标变更历史";
        yield return ProblemBuilder.For(RuleCode.GoalHasHistory, goal).With("history", english).With("historyZh", chinese).Build();
    }

    /// <summary>
    /// Rule 6: setting or changing a goal's tiers. A rep cannot set their own (nor their team's) target;
    /// the goal's manager or a goal-manager role holder can. The platform itself (IsSystem) is trusted.
    /// </summary>
    public static IEnumerable<RuleProblem> CheckRightsToSetTargets(GoalSnapshot goal, ActingUser actor)
    {
        if (actor.IsSystem || actor.HasGoalManagerRole)
        {
            yield break;
        }

        if (IsOwnGoal(goal, actor))
        {
            yield return ProblemBuilder.For(RuleCode.OwnTargetChange, goal).Build();
            yield break;
        }

        if (goal.ManagerId != actor.UserId)
        {
            yield return ProblemBuilder.For(RuleCode.NotGoalManager, goal).Build();
        }
    }

    public static IEnumerable<RuleProblem> CheckEdit(GoalSnapshot before, GoalSnapshot after, ActingUser actor, EditContext context, LockPolicy policy)
    {
        foreach (var problem in CheckLock(before, after, context, policy))
        {
            yield return problem;
        }

        if (TiersChanged(before, after) && !context.ViaApprovedAdjustment)
        {
            foreach (var problem in CheckRightsToSetTargets(before, actor))
            {
                yield return problem;
            }
        }
    }

    private static bool IsOwnGoal(GoalSnapshot goal, ActingUser actor)
    {
        if (goal.Assignee == null)
        {
            return false;
        }

        var assignee = goal.Assignee.Value;
        return assignee.Kind == AssigneeKind.User
            ? assignee.Id == actor.UserId
            : goal.ManagerId != actor.UserId && System.Linq.Enumerable.Contains(actor.TeamIds, assignee.Id);
    }
}

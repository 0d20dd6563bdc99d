using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>
/// Checks a request against the current goals (goals.md §6): the engine's request and reallocation
/// rules, goals Active, and — at submission — the requester's right to ask. Run at submission and
/// again at apply, so a goal that changed in between cannot be overwritten with stale numbers.
/// </summary>
public sealed class AdjustmentValidator
{
    private readonly IGoalRepository _goals;
    private readonly Func<Guid, Guid?> _managerOf;

    /// <param name="managerOf">A user's manager in the organization chart, null when none.</param>
    public AdjustmentValidator(IGoalRepository goals, Func<Guid, Guid?> managerOf)
    {
        _goals = goals;
        _managerOf = managerOf;
    }

    /// <param name="requester">Checked for the right to request (null at apply: the approval decided it).</param>
    public ValidatedAdjustment Validate(AdjustmentRecord record, Guid requestedBy, ActingUser? requester)
    {
        var rows = new Dictionary<Guid, Entity>();
        foreach (var goalId in record.Lines.Select(l => l.GoalId).Distinct())
        {
            if (_goals.Find(goalId) is { } row)
            {
                rows[goalId] = row;
            }
        }

        var goals = rows.ToDictionary(r => r.Key, r => GoalSnapshots.Of(r.Value, _goals));
        var problems = AdjustmentRules.CheckRequest(record.ToRequest(requestedBy), goals).Errors.Select(LocalText.From).ToList();
        foreach (var goal in goals.Values)
        {
            if (goal.State != GoalState.Active)
            {
                problems.Add(AdjustmentTexts.GoalNotActive(goal.Label, goal.State == GoalState.Draft));
            }
            else if (requester != null && !MayRequest(goal, requester, _managerOf))
            {
                problems.Add(AdjustmentTexts.NotAllowedToRequest(goal.Label));
            }
        }

        problems.AddRange(record.IsReallocation ? ReallocationProblems(record, goals) : AllocationProblems(record, goals));

        if (problems.Count > 0)
        {
            throw new AdjustmentRejectedException(problems.Distinct());
        }

        return new ValidatedAdjustment(record, rows, goals);
    }

    /// <summary>The goal's snapshot, or null when it does not exist.</summary>
    public GoalSnapshot? Find(Guid goalId) => _goals.Find(goalId) is { } row ? GoalSnapshots.Of(row, _goals) : null;

    /// <summary>
    /// A rep asks for their own goals (or their team's); a manager for the goals they manage and for
    /// the goals of the people who report to them; a goal manager for any goal.
    /// </summary>
    public static bool MayRequest(GoalSnapshot goal, ActingUser actor, Func<Guid, Guid?> managerOf) =>
        actor.HasGoalManagerRole
        || goal.ManagerId == actor.UserId
        || (goal.Assignee is { Kind: AssigneeKind.User } report && managerOf(report.Id) == actor.UserId)
        || (goal.Assignee is { Kind: AssigneeKind.User } user && user.Id == actor.UserId)
        || (goal.Assignee is { Kind: AssigneeKind.Team } team && actor.TeamIds.Contains(team.Id));

    /// <summary>
    /// A plain adjustment must not leave an active parent uncovered (or over-assigned beyond its
    /// allowance) when it was covered before: that is what a reallocation, or a parent line, is for.
    /// </summary>
    private IEnumerable<LocalText> AllocationProblems(AdjustmentRecord record, IReadOnlyDictionary<Guid, GoalSnapshot> goals)
    {
        var newTargets = record.Lines.Where(l => l.NewTarget.HasValue).GroupBy(l => l.GoalId).ToDictionary(g => g.Key, g => g.First().NewTarget!.Value);
        var parents = goals.Values.Where(g => g.ParentId.HasValue).Select(g => g.ParentId!.Value).Concat(goals.Keys).Distinct();
        foreach (var parentId in parents)
        {
            var children = _goals.Children(parentId).Select(c => GoalSnapshots.Of(c, _goals)).ToList();
            var parent = children.Count == 0 ? null : goals.TryGetValue(parentId, out var known) ? known : Find(parentId);
            if (parent is not { State: GoalState.Active })
            {
                continue;
            }

            var before = AllocationRules.Summarize(parent, children);
            var after = AllocationRules.Summarize(
                parent with { Target = newTargets.TryGetValue(parent.Id, out var target) ? target : parent.Target },
                children.Select(c => newTargets.TryGetValue(c.Id, out var t) ? c with { Target = t } : c));
            if (before.CanActivate && !after.CanActivate)
            {
                yield return AdjustmentTexts.AllocationBroken(
                    parent.Label,
                    AdjustmentTexts.Amount(after.Allocated, parent.Precision),
                    AdjustmentTexts.Amount(after.ParentTarget, parent.Precision),
                    AdjustmentTexts.Amount(after.MaximumAllowed, parent.Precision));
            }
        }
    }

    private IEnumerable<LocalText> ReallocationProblems(AdjustmentRecord record, IReadOnlyDictionary<Guid, GoalSnapshot> goals)
    {
        if (record.ParentGoalId is not { } parentId)
        {
            return [AdjustmentTexts.ReallocationParentMissing()];
        }

        if (_goals.Find(parentId) is not { } parentRow)
        {
            var unknown = new RuleProblem(RuleCode.AdjustmentUnknownGoal, RuleSeverity.Error, parentId, new Dictionary<string, object> { ["goalId"] = parentId.ToString() });
            return [LocalText.From(unknown)];
        }

        var parent = GoalSnapshots.Of(parentRow, _goals);
        if (parent.State != GoalState.Active)
        {
            return [AdjustmentTexts.GoalNotActive(parent.Label, parent.State == GoalState.Draft)];
        }

        var children = _goals.Children(parentId).Select(c => GoalSnapshots.Of(c, _goals)).ToList();
        // A line without a new target keeps the child's target, so it adds nothing to the net.
        var lines = record.Lines
            .Select(l => new ReallocationLine(l.GoalId, l.NewTarget ?? (goals.TryGetValue(l.GoalId, out var g) ? g.Target : 0m)))
            .ToList();
        return ReallocationRules.Check(parent, children, lines).Errors.Select(LocalText.From);
    }
}

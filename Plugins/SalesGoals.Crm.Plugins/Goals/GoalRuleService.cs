using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Builds engine validation requests from goal rows and throws on errors (warnings only flag).</summary>
public sealed class GoalRuleService : IGoalRuleService
{
    private readonly IGoalRepository _goals;
    private readonly GoalRuleChecker _checker;

    public GoalRuleService(IGoalRepository goals, GoalRuleChecker? checker = null)
    {
        _goals = goals;
        _checker = checker ?? new GoalRuleChecker();
    }

    public void CheckCreate(Entity target, ActingUser actor)
    {
        var goal = Snapshot(target);
        // Stryker disable once Equality : a goal being created has no children yet, and the activation check of no children finds nothing.
        var request = Request(goal, null, actor, EditContext.Direct, activating: goal.State == GoalState.Active);
        Enforce(request);
        OwnColumns(target, goal);
    }

    public void CheckUpdate(Entity target, Entity stored, ActingUser actor, EditContext edit)
    {
        if (target.Attributes.Keys.All(k => SgGoal.ComputedFields.Contains(k) || k == F.Id))
        {
            return; // the plug-ins' own bookkeeping of actuals and progress, not a definition change
        }

        var before = Snapshot(stored);
        var after = Snapshot(GoalMapper.Merge(stored, target));
        var activating = before.State == GoalState.Draft && after.State == GoalState.Active;
        Enforce(Request(after, before, actor, edit, activating));
        OwnColumns(target, after);
    }

    public void CheckDelete(Entity stored, ActingUser actor)
    {
        var goal = Snapshot(stored);
        // Deleting is the biggest scope change there is: a locked goal refuses it like any scope edit (CheckLock finds nothing for an
        // unlocked one). The stored row of a Delete always has its id, so its history can always be looked up.
        var problems = EditRules.CheckRightsToSetTargets(goal, actor)
            .Concat(EditRules.CheckLock(goal, goal with { Assignee = null }, EditContext.Direct, _checker.Locks))
            .Concat(HistoryProblems(goal))
            .Where(p => p.Severity == RuleSeverity.Error)
            .ToList();
        if (problems.Count > 0)
        {
            throw new GoalRuleViolationException(problems);
        }
    }

    private IEnumerable<RuleProblem> HistoryProblems(GoalSnapshot goal)
    {
        var history = _goals.History(goal.Id);
        return EditRules.CheckDeleteHistory(goal, history.HasResults, history.HasChanges);
    }

    private GoalValidationRequest Request(GoalSnapshot goal, GoalSnapshot? before, ActingUser actor, EditContext edit, bool activating)
    {
        var parentRow = goal.ParentId.HasValue ? _goals.Find(goal.ParentId.Value) : null;
        var siblings = goal.ParentId.HasValue ? _goals.Children(goal.ParentId.Value).Select(Snapshot).ToList() : [];
        var children = goal.Id == Guid.Empty ? [] : _goals.Children(goal.Id).Select(Snapshot).ToList();
        var others = _goals.WithScopeKey(GoalMapper.ScopeKey(goal)).Where(g => g.Id != goal.Id).Select(Snapshot).ToList();
        return new GoalValidationRequest(goal)
        {
            Before = before,
            Actor = actor,
            Context = edit,
            Parent = parentRow == null ? null : Snapshot(parentRow),
            Siblings = siblings,
            Children = children,
            OtherGoals = others,
            Activating = activating,
        };
    }

    private void Enforce(GoalValidationRequest request)
    {
        var result = _checker.Check(request);
        if (!result.IsValid)
        {
            throw new GoalRuleViolationException(result.Errors);
        }
    }

    private GoalSnapshot Snapshot(Entity row)
    {
        var metric = row.GetAttributeValue<EntityReference>(F.MetricId);
        var code = metric == null ? null : _goals.MetricCode(metric.Id);
        return GoalMapper.ToSnapshot(row, code, GoalMapper.PrecisionOf(code));
    }

    private void OwnColumns(Entity target, GoalSnapshot goal)
    {
        target[F.ScopeKey] = GoalMapper.ScopeKey(goal);
        if (goal.Assignee is { } assignee)
        {
            // The owner is the assignee, so "my goals" is the rep role's Basic read (Solution/README.md).
            target[F.OwnerId] = new EntityReference(assignee.Kind == AssigneeKind.User ? "systemuser" : "team", assignee.Id);
        }

        if (goal.State != GoalState.Draft && _checker.Locks.IsLocked(goal) && !goal.IsLocked)
        {
            target[F.IsLocked] = true;
        }

        if (goal.Id != Guid.Empty)
        {
            var allocated = _goals.Children(goal.Id).Sum(c => c.GetAttributeValue<decimal?>(F.TargetValue) ?? 0m);
            target[F.Unallocated] = allocated == 0m ? (decimal?)null : goal.Target - allocated;
        }
    }
}

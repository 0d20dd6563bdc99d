using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// Checks a whole plan once, in memory, with the same engine rules the goal steps apply to one goal at a time
/// (<see cref="GoalRuleChecker"/>: definition, rights to set targets, hierarchy against siblings and children, duplicate
/// scope, activation allocation), on the tree as it will be after the apply. The steps' own way costs ≈ 87 requests a
/// goal (each reads its parent, siblings, children and same-scope goals); this costs none.
/// </summary>
internal sealed class GoalPlanValidator
{
    private readonly GoalRuleChecker _checker = new();

    /// <param name="plan">The plan (parents before children).</param>
    /// <param name="goals">Per plan goal, in plan order: its id (stored or new) and what the apply does to it.</param>
    /// <param name="actor">The caller (rule 6: who may set targets).</param>
    /// <param name="language">The caller's UI language for the messages.</param>
    public List<string> Check(GoalPlanDocument plan, IReadOnlyList<PlannedGoal> goals, ActingUser actor, int language)
    {
        var precision = GoalMapper.PrecisionOf(plan.MetricCode);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var after = new GoalSnapshot[goals.Count];
        for (var i = 0; i < goals.Count; i++)
        {
            var goal = plan.Goals[i];
            index[goal.Key!] = i;
            var parentId = goal.ParentKey == null ? (Guid?)null : goals[index[goal.ParentKey]].Id;
            var row = GoalPlanRows.New(plan, goal, goals[i].Id, parentId, null);
            if (goals[i].Active)
            {
                row[F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive);
                row[F.IsLocked] = goal.Locked;
            }

            after[i] = GoalMapper.ToSnapshot(row, plan.MetricCode, precision);
        }

        var children = new List<GoalSnapshot>[goals.Count];
        for (var i = 0; i < goals.Count; i++)
        {
            children[i] = new List<GoalSnapshot>();
            if (plan.Goals[i].ParentKey is { } parentKey)
            {
                children[index[parentKey]].Add(after[i]);
            }
        }

        var sameScope = new Dictionary<int, List<int>>();
        foreach (var group in Enumerable.Range(0, goals.Count).GroupBy(i => goals[i].ScopeKey, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            members.ForEach(i => sameScope[i] = members);
        }

        var problems = new List<string>();
        for (var i = 0; i < goals.Count; i++)
        {
            if (!goals[i].Written && !goals[i].Activating)
            {
                continue; // unchanged: nothing is written, so nothing is checked (as with one goal at a time)
            }

            var parentIndex = plan.Goals[i].ParentKey is { } key ? index[key] : -1;
            var request = new GoalValidationRequest(after[i])
            {
                // Rights (rule 6) when targets are set: a new goal or changed tiers.
                Actor = goals[i].TiersSet ? actor : null,
                Parent = parentIndex < 0 ? null : after[parentIndex],
                Siblings = parentIndex < 0 ? Array.Empty<GoalSnapshot>() : children[parentIndex],
                Children = children[i],
                OtherGoals = sameScope.TryGetValue(i, out var same) ? same.Where(j => j != i).Select(j => after[j]).ToList() : Array.Empty<GoalSnapshot>(),
                Activating = goals[i].Activating,
            };
            problems.AddRange(_checker.Check(request).Errors.Select(p => RuleMessages.Render(p, language)));
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;

namespace SalesGoals.Crm.GoalEngine.Adjustments;

/// <summary>
/// A reallocation moves target between the children of a (locked) parent: its lines net to zero,
/// so the parent and the children's total stay unchanged, and every child stays valid.
/// </summary>
public static class ReallocationRules
{
    public static RuleCheckResult Check(GoalSnapshot parent, IReadOnlyList<GoalSnapshot> children, IReadOnlyList<ReallocationLine> lines)
    {
        var problems = new List<RuleProblem>();
        if (lines.Count == 0)
        {
            problems.Add(AdjustmentRules.Problem(RuleCode.AdjustmentNoLines, parent).Build());
        }

        var byId = children.ToDictionary(c => c.Id);
        var net = 0m;
        foreach (var group in lines.GroupBy(l => l.ChildGoalId))
        {
            if (!byId.TryGetValue(group.Key, out var child))
            {
                problems.Add(AdjustmentRules.Problem(RuleCode.ReallocationNotAChild, parent).With("child", group.Key.ToString()).Build());
                continue;
            }

            if (group.Count() > 1)
            {
                problems.Add(AdjustmentRules.Problem(RuleCode.AdjustmentDuplicateGoal, child).Build());
                continue;
            }

            // Stryker disable once Linq : the group has exactly one line here (none is impossible, several continued above).
            var line = group.Single();
            net += line.NewTarget - child.Target;
            problems.AddRange(AdjustmentRules.TierProblems(child with { Target = line.NewTarget }));
        }

        if (net != 0m)
        {
            problems.Add(AdjustmentRules.Problem(RuleCode.ReallocationNotNetZero, parent)
                .With("net", (net > 0m ? "+" : "") + ProblemBuilder.Amount(net, parent.Precision)).Build());
        }

        return new RuleCheckResult(problems);
    }

    /// <summary>The children after the reallocation (all of them, unchanged ones included), for one atomic write.</summary>
    public static IReadOnlyList<GoalSnapshot> Apply(GoalSnapshot parent, IReadOnlyList<GoalSnapshot> children, IReadOnlyList<ReallocationLine> lines)
    {
        var result = Check(parent, children, lines);
        if (!result.IsValid)
        {
            throw new InvalidOperationException("The reallocation is not valid: " + result.Render(RuleMessages.English));
        }

        var newTargets = lines.ToDictionary(l => l.ChildGoalId, l => l.NewTarget);
        return children.Select(c => newTargets.TryGetValue(c.Id, out var target) ? c with { Target = target } : c).ToList();
    }
}

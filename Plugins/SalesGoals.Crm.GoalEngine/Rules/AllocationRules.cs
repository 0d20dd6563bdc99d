using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Decomposition;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// Rule 4: a parent activates only when its children's targets cover it: exactly, or up to the
/// allowed over-assignment (reps' quotas at 105–110 % of the team's). Under-allocation never activates.
/// </summary>
public static class AllocationRules
{
    public static AllocationSummary Summarize(GoalSnapshot parent, IEnumerable<GoalSnapshot> children)
    {
        var allocated = children.Sum(c => c.Target);
        var maximum = Allocator.RoundTo(parent.Target * (1m + (parent.AllowedOverAssignmentPercent / 100m)), parent.Precision);
        return new AllocationSummary(parent.Target, allocated, maximum);
    }

    public static IEnumerable<RuleProblem> CheckActivation(GoalSnapshot parent, IReadOnlyList<GoalSnapshot> children)
    {
        if (children.Count == 0)
        {
            yield break;
        }

        var summary = Summarize(parent, children);
        if (summary.Allocated < summary.ParentTarget)
        {
            yield return ProblemBuilder.For(RuleCode.UnderAllocated, parent)
                .WithAmount("target", summary.ParentTarget, parent.Precision)
                .WithAmount("allocated", summary.Allocated, parent.Precision)
                .WithAmount("missing", summary.Unallocated, parent.Precision)
                .Build();
        }
        else if (summary.Allocated > summary.MaximumAllowed)
        {
            yield return ProblemBuilder.For(RuleCode.OverAllocated, parent)
                .WithAmount("target", summary.ParentTarget, parent.Precision)
                .WithAmount("allocated", summary.Allocated, parent.Precision)
                .WithAmount("maximum", summary.MaximumAllowed, parent.Precision)
                .With("allowedPercent", ProblemBuilder.Percent(parent.AllowedOverAssignmentPercent))
                .Build();
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// Rule 3: a parent is split along one axis; time children lie inside the parent's period and do
/// not overlap; children keep the parent's metric (and, for a dimension split, the parent's own
/// dimension filters); no two goals share scope, metric and period.
/// </summary>
public static class HierarchyRules
{
    /// <summary>
    /// Checks the children of one parent (pass the siblings plus the new or changed child). A
    /// problem between two children is reported on the focus child when it is one of them.
    /// </summary>
    public static IEnumerable<RuleProblem> CheckChildren(GoalSnapshot parent, IReadOnlyList<GoalSnapshot> children, Guid? focusId = null)
    {
        var problems = new List<RuleProblem>();
        var axes = new HashSet<SplitAxis>();
        foreach (var child in children)
        {
            var childAxes = AxesChanged(parent, child);
            if (childAxes.Count == 0)
            {
                problems.Add(ProblemBuilder.For(RuleCode.ChildSameScopeAsParent, child).With("parent", parent.Label).Build());
            }
            else if (childAxes.Count > 1)
            {
                problems.Add(ProblemBuilder.For(RuleCode.ChildChangesSeveralAxes, child)
                    .With("parent", parent.Label).With("axes", childAxes.ToArray()).Build());
            }
            else
            {
                axes.Add(childAxes[0]);
            }

            if (!string.Equals(child.MetricCode, parent.MetricCode, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(ProblemBuilder.For(RuleCode.ChildMetricDiffers, child)
                    .With("parent", parent.Label).With("metric", child.MetricCode ?? "-").With("parentMetric", parent.MetricCode ?? "-").Build());
            }

            if (child.Period.HasValue && parent.Period.HasValue && !parent.Period.Value.Contains(child.Period.Value))
            {
                problems.Add(ProblemBuilder.For(RuleCode.ChildOutsideParentPeriod, child)
                    .With("parent", parent.Label).WithPeriod("child", child.Period.Value).WithPeriod("parent", parent.Period.Value).Build());
            }

            problems.AddRange(DimensionConflicts(parent, child));
        }

        if (parent.SplitAxis != SplitAxis.None)
        {
            axes.Add(parent.SplitAxis);
        }

        if (axes.Count > 1)
        {
            problems.Add(ProblemBuilder.For(RuleCode.MixedSplitAxes, parent).With("axes", axes.OrderBy(a => a).ToArray()).Build());
        }

        problems.AddRange(Overlaps(children, focusId));
        problems.AddRange(Duplicates(children, focusId));
        return problems;
    }

    /// <summary>Duplicate scope: the goal against any other goal (existing goals of the same metric are enough).</summary>
    public static IEnumerable<RuleProblem> CheckDuplicate(GoalSnapshot goal, IEnumerable<GoalSnapshot> others) =>
        others.Where(o => o.Id != goal.Id && SameScope(goal, o))
            .Select(o => ProblemBuilder.For(RuleCode.DuplicateScope, goal).With("other", o.Label).Build());

    /// <summary>The axes along which a child differs from its parent.</summary>
    public static IReadOnlyList<SplitAxis> AxesChanged(GoalSnapshot parent, GoalSnapshot child)
    {
        var axes = new List<SplitAxis>(3);
        if (child.PeriodStart != parent.PeriodStart || child.PeriodEnd != parent.PeriodEnd)
        {
            axes.Add(SplitAxis.Time);
        }

        if (child.Assignee != parent.Assignee)
        {
            axes.Add(SplitAxis.Assignee);
        }

        if (!child.Dimensions.SameAs(parent.Dimensions))
        {
            axes.Add(SplitAxis.Dimension);
        }

        return axes;
    }

    public static bool SameScope(GoalSnapshot a, GoalSnapshot b) =>
        a.Assignee == b.Assignee
        && string.Equals(a.MetricCode, b.MetricCode, StringComparison.OrdinalIgnoreCase)
        && a.PeriodStart == b.PeriodStart && a.PeriodEnd == b.PeriodEnd
        && a.Dimensions.SameAs(b.Dimensions);

    private static IEnumerable<RuleProblem> DimensionConflicts(GoalSnapshot parent, GoalSnapshot child)
    {
        foreach (var kind in new[] { DimensionKind.ProductLine, DimensionKind.Region, DimensionKind.Segment })
        {
            var parentValue = parent.Dimensions.ValueOf(kind);
            if (GoalDimensions.Normalize(parentValue) != null && !GoalDimensions.Same(parentValue, child.Dimensions.ValueOf(kind)))
            {
                yield return ProblemBuilder.For(RuleCode.ChildDimensionConflict, child)
                    .With("parent", parent.Label).With("dimension", kind)
                    .With("parentValue", parentValue!).With("value", child.Dimensions.ValueOf(kind) ?? "-").Build();
            }
        }
    }

    private static IEnumerable<RuleProblem> Overlaps(IReadOnlyList<GoalSnapshot> children, Guid? focusId)
    {
        var timed = children.Where(c => c.Period.HasValue).OrderBy(c => c.PeriodStart).ToList();
        for (var i = 0; i < timed.Count; i++)
        {
            for (var j = i + 1; j < timed.Count && timed[j].PeriodStart <= timed[i].PeriodEnd; j++)
            {
                if (SameNonTimeScope(timed[i], timed[j]))
                {
                    var (goal, other) = Order(timed[j], timed[i], focusId);
                    yield return ProblemBuilder.For(RuleCode.ChildPeriodsOverlap, goal)
                        .With("other", other.Label).WithPeriod("child", goal.Period!.Value).WithPeriod("other", other.Period!.Value).Build();
                }
            }
        }
    }

    private static IEnumerable<RuleProblem> Duplicates(IReadOnlyList<GoalSnapshot> children, Guid? focusId)
    {
        for (var i = 0; i < children.Count; i++)
        {
            for (var j = i + 1; j < children.Count; j++)
            {
                if (SameScope(children[i], children[j]))
                {
                    var (goal, other) = Order(children[j], children[i], focusId);
                    yield return ProblemBuilder.For(RuleCode.DuplicateScope, goal).With("other", other.Label).Build();
                }
            }
        }
    }

    private static GoalPair Order(GoalSnapshot usual, GoalSnapshot other, Guid? focusId) =>
        other.Id == focusId ? new GoalPair(other, usual) : new GoalPair(usual, other);

    private static bool SameNonTimeScope(GoalSnapshot a, GoalSnapshot b) =>
        a.Assignee == b.Assignee && a.Dimensions.SameAs(b.Dimensions) && !SameScope(a, b);
}

using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Cli.Plan.Building;

/// <summary>The rolled-up check preview prints: every parent's base, target and stretch against the sum of its children's.</summary>
public static class PlanTotals
{
    public sealed record Mismatch(PlanNode Parent, string Tier, decimal ChildrenSum, decimal ParentValue);

    public static IReadOnlyList<Mismatch> Check(PlanTree tree)
    {
        var problems = new List<Mismatch>();
        foreach (var parent in tree.All.Where(n => n.Children.Count > 0))
        {
            Compare(parent, "target", parent.Goal.Target, parent.Children.Sum(c => c.Goal.Target), problems);
            if (parent.Goal.Base is { } b)
            {
                Compare(parent, "base", b, parent.Children.Sum(c => c.Goal.Base ?? 0m), problems);
            }

            if (parent.Goal.Stretch is { } s)
            {
                Compare(parent, "stretch", s, parent.Children.Sum(c => c.Goal.Stretch ?? 0m), problems);
            }
        }

        return problems;
    }

    private static void Compare(PlanNode parent, string tier, decimal value, decimal sum, List<Mismatch> problems)
    {
        if (value != sum)
        {
            problems.Add(new Mismatch(parent, tier, sum, value));
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Cli.Plan.Model;
using SalesGoals.Crm.GoalEngine.Calendars;

namespace SalesGoals.Crm.Cli.Plan.Building;

/// <summary>The goals a plan makes, root first (parents always before their children in <see cref="All"/>).</summary>
public sealed class PlanTree
{
    public PlanTree(PlanDefinition plan, PlanNode root, WorkingCalendar calendar, SeasonalityProfile profile)
    {
        Plan = plan;
        Root = root;
        Calendar = calendar;
        Profile = profile;
        All = root.DescendantsAndSelf().ToList();
    }

    public PlanDefinition Plan { get; }

    public PlanNode Root { get; }

    public WorkingCalendar Calendar { get; }

    public SeasonalityProfile Profile { get; }

    public IReadOnlyList<PlanNode> All { get; }

    public int LeafCount => All.Count(n => n.Children.Count == 0);
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesGoals.Crm.Cli.Plan.Model;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Decomposition;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Cli.Plan.Building;

/// <summary>
/// Builds a plan's goal tree with the goal engine's decomposition: the company's year goal, split along each dimension
/// of <see cref="PlanDefinition.Splits"/> in order, then into teams (by share, else by their reps' capacity × ramp), then
/// into reps (capacity × ramp-up), then each rep's year into quarters, months, weeks and days down to the plan's depth
/// (working days × seasonality). Every split is the engine's largest-remainder allocation, so every tier sums exactly.
/// </summary>
public static class PlanTreeBuilder
{
    public const int MaxNameLength = 200;

    private static readonly PeriodType[] TimeLevels = [PeriodType.Quarter, PeriodType.Month, PeriodType.Week, PeriodType.Day];

    public static PlanTree Build(PlanDefinition plan, IPlanDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(directory);
        var fiscal = new FiscalCalendar(plan.FiscalStartMonth);
        var calendar = plan.Calendar is { } c
            ? new WorkingCalendar(c.Name, Enum.GetValues<DayOfWeek>().Except(c.Weekend), c.Holidays, c.WorkingDays)
            : WorkingCalendar.MondayToFriday;
        var profile = plan.Seasonality is { } s ? new SeasonalityProfile(s.Name, s.Weights) : SeasonalityProfile.Flat;
        var weights = DayWeights.For(calendar, profile);
        var ramp = plan.Ramp.Count > 0 ? new RampSchedule(plan.Ramp) : RampSchedule.None;
        var year = fiscal.Year(plan.Year);
        var manager = plan.Manager is null ? (Guid?)null : directory.User(plan.Manager);
        var companyAssignee = manager is { } m ? Assignee.User(m) : Assignee.Team(directory.Team(plan.Teams[0].Name));

        var root = new PlanNode(plan.Name, plan.Name, PlanNodeKind.Company, new GoalSnapshot
        {
            Id = Guid.NewGuid(),
            Name = Truncate(plan.Name),
            Assignee = companyAssignee,
            ManagerId = manager,
            MetricCode = plan.Metric,
            Period = year,
            Target = plan.Target,
            Base = plan.Base,
            Stretch = plan.Stretch,
            Precision = plan.Precision,
            CurrencyCode = plan.Currency,
            AllowedOverAssignmentPercent = plan.OverAssignmentPercent,
            State = GoalState.Draft,
            RootStrategy = plan.Name,
        }, plan.LockedLevels.Contains(PeriodType.Year));

        var frontier = new List<PlanNode> { root };
        foreach (var split in plan.Splits)
        {
            var next = new List<PlanNode>();
            foreach (var parent in frontier)
            {
                var shares = split.Shares.Select(v => new DimensionShare(v.OptionValue.ToString(CultureInfo.InvariantCulture), v.Share)).ToList();
                var children = GoalDecomposer.ByDimension(parent.Goal, split.Dimension, shares);
                next.AddRange(Attach(parent, SplitAxis.Dimension, children, i => split.Shares[i].Label, PlanNodeKind.Dimension, parent.Locked));
            }

            frontier = next;
        }

        var teamLevel = new List<(PlanNode Node, PlanTeam Team)>();
        foreach (var parent in frontier)
        {
            var teamShares = plan.Teams.Select(t => new AssigneeShare(
                Assignee.Team(directory.Team(t.Name)),
                t.Share ?? t.Reps.Sum(r => r.Capacity * ramp.FactorFor(r.HireDate, year))) { DisplayName = t.Name }).ToList();
            var children = GoalDecomposer.ByAssignee(parent.Goal, teamShares);
            var nodes = Attach(parent, SplitAxis.Assignee, children, i => plan.Teams[i].Name, PlanNodeKind.Team, parent.Locked);
            teamLevel.AddRange(nodes.Select((n, i) => (n, plan.Teams[i])));
        }

        var repLevel = new List<PlanNode>();
        var hireDates = new Dictionary<PlanNode, LocalDate>();
        foreach (var (teamNode, team) in teamLevel)
        {
            var repManager = team.Manager is null ? manager : directory.User(team.Manager);
            var repShares = team.Reps.Select(r => new AssigneeShare(Assignee.User(directory.User(r.User)), r.Capacity, r.HireDate) { DisplayName = r.User }).ToList();
            var children = GoalDecomposer.ByAssignee(teamNode.Goal with { ManagerId = repManager }, repShares, ramp);
            var reps = Attach(teamNode, SplitAxis.Assignee, children, i => team.Reps[i].User, PlanNodeKind.Rep, teamNode.Locked);
            for (var i = 0; i < reps.Count; i++)
            {
                if (team.Reps[i].HireDate is { } hired)
                {
                    hireDates[reps[i]] = hired;
                }
            }

            repLevel.AddRange(reps);
        }

        frontier = repLevel;
        foreach (var level in TimeLevels.Where(l => (int)l <= (int)plan.Depth))
        {
            var next = new List<PlanNode>();
            foreach (var parent in frontier)
            {
                if (parent.Goal.PeriodStart == parent.Goal.PeriodEnd)
                {
                    // A week cut to one day at a month end already is that day's goal: a Day child would have its
                    // parent's period, so the same scope twice (a duplicate the goal plug-ins refuse). It stays the leaf.
                    next.Add(parent);
                    continue;
                }

                var children = GoalDecomposer.ByTime(parent.Goal, level, fiscal, weights);
                if (hireDates.TryGetValue(parent, out var hired))
                {
                    children = RampUp(parent.Goal, children, weights, ramp, hired);
                }

                var attached = Attach(parent, SplitAxis.Time, children, i => level == PeriodType.Quarter ? $"{plan.Year}-Q{i + 1}" : TimeLabel(children[i].Period!.Value), PlanNodeKind.Time, plan.LockedLevels.Contains(level));
                foreach (var child in attached.Where(_ => hireDates.ContainsKey(parent)))
                {
                    hireDates[child] = hireDates[parent];
                }

                next.AddRange(attached);
            }

            frontier = next;
        }

        return new PlanTree(plan, root, calendar, profile);
    }

    private static List<PlanNode> Attach(
        PlanNode parent, SplitAxis axis, IReadOnlyList<GoalSnapshot> children, Func<int, string> label, PlanNodeKind kind, bool locked)
    {
        parent.Goal = parent.Goal with { SplitAxis = axis };
        var nodes = new List<PlanNode>(children.Count);
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].Target == 0m && (children[i].Base ?? 0m) == 0m && (children[i].Stretch ?? 0m) == 0m)
            {
                // Nothing to carry (a weekend day, a month before a new hire joins): no goal rather than a goal of 0.
                continue;
            }

            var text = label(i);
            var node = new PlanNode(parent.Key + " / " + text, text, kind, children[i] with { Name = Truncate(parent.Key + " / " + text), ManagerId = children[i].ManagerId ?? parent.Goal.ManagerId }, locked);
            parent.Children.Add(node);
            nodes.Add(node);
        }

        return nodes;
    }

    /// <summary>
    /// A new hire's periods weigh their working days × seasonality × ramp factor (0 before the hire date), so no quota
    /// falls before they join; tiers are split as the engine splits them (distance from the target, largest remainder).
    /// </summary>
    private static IReadOnlyList<GoalSnapshot> RampUp(GoalSnapshot parent, IReadOnlyList<GoalSnapshot> children, DayWeights weights, RampSchedule ramp, LocalDate hired)
    {
        var factors = children.Select(c => weights.WeightOf(c.Period!.Value) * ramp.FactorFor(hired, c.Period!.Value)).ToArray();
        if (factors.All(f => f == 0m))
        {
            return children;
        }

        var targets = Allocator.Allocate(parent.Target, factors, parent.Precision);
        var below = parent.Base is { } b ? Allocator.Allocate(parent.Target - b, factors, parent.Precision) : null;
        var above = parent.Stretch is { } s ? Allocator.Allocate(s - parent.Target, factors, parent.Precision) : null;
        return children.Select((c, i) => c with
        {
            Target = targets[i],
            Base = below is null ? null : targets[i] - below[i],
            Stretch = above is null ? null : targets[i] + above[i],
        }).ToList();
    }

    /// <summary>sg_name holds 200 characters: a long path keeps its start and its end.</summary>
    private static string Truncate(string name) =>
        name.Length <= MaxNameLength ? name : name[..60] + " … " + name[^(MaxNameLength - 63)..];

    public static string TimeLabel(Period period) => period.Type switch
    {
        PeriodType.Year => period.Start.Year.ToString(CultureInfo.InvariantCulture),
        PeriodType.Month => period.Start.ToDateTime().ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodType.Week => $"{IsoWeek.WeekOf(period.Start)} {period.Start.ToDateTime():MM-dd}..{period.End.ToDateTime():MM-dd}",
        _ => period.Start.ToString(),
    };
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Decomposition;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Planning;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>
/// sg_ApplyGoalPlan documents made with the goal engine's own decomposition, as the CLI makes them: the director's 2026
/// year goal split between the world's two reps, each rep's year into quarters, months, weeks and (working) days.
/// </summary>
public static class PlanDocuments
{
    public static GoalPlanDocument TwoReps(GoalWorld world, PeriodType depth, decimal target = 2_400_000m)
    {
        var fiscal = FiscalCalendar.Gregorian;
        var weights = DayWeights.For(WorkingCalendar.MondayToFriday);
        var plan = new GoalPlanDocument
        {
            Name = "Plan 2026",
            MetricCode = MetricCodes.WonRevenue,
            MetricId = world.Metric(MetricCodes.WonRevenue).Id,
            CurrencyId = world.BaseCurrency,
            Activate = true,
        };
        var root = new GoalSnapshot
        {
            Assignee = Assignee.User(world.Director),
            MetricCode = MetricCodes.WonRevenue,
            Period = fiscal.Year(2026),
            Target = target,
            Precision = 2,
            State = GoalState.Draft,
        };
        Add(plan, root, "Plan 2026", null, SplitAxis.Assignee, locked: true);
        var reps = GoalDecomposer.ByAssignee(root, [new AssigneeShare(Assignee.User(world.Rep), 1m), new AssigneeShare(Assignee.User(world.OtherRep), 1m)]);
        for (var r = 0; r < reps.Count; r++)
        {
            var key = "Plan 2026 / rep" + r.ToString(CultureInfo.InvariantCulture);
            Split(plan, reps[r] with { ManagerId = world.Manager }, key, "Plan 2026", PeriodType.Quarter, depth, fiscal, weights);
        }

        return plan;
    }

    /// <summary>The Plan parameter's text.</summary>
    public static string Json(GoalPlanDocument plan)
    {
        using var stream = new MemoryStream();
        new DataContractJsonSerializer(typeof(GoalPlanDocument)).WriteObject(stream, plan);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Split(GoalPlanDocument plan, GoalSnapshot goal, string key, string parentKey, PeriodType level, PeriodType depth, FiscalCalendar fiscal, DayWeights weights)
    {
        var deeper = level <= depth && goal.PeriodStart != goal.PeriodEnd;
        Add(plan, goal, key, parentKey, deeper ? SplitAxis.Time : SplitAxis.None, locked: false);
        if (!deeper)
        {
            return;
        }

        foreach (var child in GoalDecomposer.ByTime(goal, level, fiscal, weights).Where(c => c.Target > 0m))
        {
            Split(plan, child, key + " / " + child.PeriodStart, key, level + 1, depth, fiscal, weights);
        }
    }

    private static void Add(GoalPlanDocument plan, GoalSnapshot goal, string key, string? parentKey, SplitAxis axis, bool locked) => plan.Goals.Add(new GoalPlanGoal
    {
        Key = key,
        ParentKey = parentKey,
        Name = key,
        UserId = goal.Assignee!.Value.Id,
        ManagerId = goal.ManagerId,
        PeriodType = goal.Period!.Value.Type.ToString(),
        Start = goal.PeriodStart.ToString(),
        End = goal.PeriodEnd.ToString(),
        Target = goal.Target,
        SplitAxis = axis.ToString(),
        Locked = locked,
    });
}

using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Rules;

namespace SalesGoals.Crm.GoalEngine.Adjustments;

/// <summary>Pure checks of adjustment requests (goals.md §6); the plug-ins apply them atomically.</summary>
public static class AdjustmentRules
{
    /// <summary>The request is complete and every resulting goal stays valid (target &gt; 0, tiers in order).</summary>
    public static RuleCheckResult CheckRequest(AdjustmentRequest request, IReadOnlyDictionary<Guid, GoalSnapshot> goals)
    {
        var problems = new List<RuleProblem>();
        if (request.Lines.Count == 0)
        {
            problems.Add(Problem(RuleCode.AdjustmentNoLines, null).Build());
        }

        if (request.Reason == null)
        {
            problems.Add(Problem(RuleCode.AdjustmentReasonMissing, null).Build());
        }

        if (string.IsNullOrWhiteSpace(request.Justification))
        {
            problems.Add(Problem(RuleCode.AdjustmentJustificationMissing, null).Build());
        }

        foreach (var group in request.Lines.GroupBy(l => l.GoalId))
        {
            if (!goals.TryGetValue(group.Key, out var goal))
            {
                problems.Add(Problem(RuleCode.AdjustmentUnknownGoal, null).With("goalId", group.Key.ToString()).Build());
                continue;
            }

            if (group.Count() > 1)
            {
                problems.Add(Problem(RuleCode.AdjustmentDuplicateGoal, goal).Build());
                continue;
            }

            // Stryker disable once Linq : the group has exactly one line here (none is impossible, several returned above).
            var adjusted = Adjusted(goal, group.Single());
            if (!EditRules.TiersChanged(goal, adjusted))
            {
                problems.Add(Problem(RuleCode.AdjustmentChangesNothing, goal).WithAmount("target", goal.Target, goal.Precision).Build());
            }

            problems.AddRange(TierProblems(adjusted));
        }

        return new RuleCheckResult(problems);
    }

    /// <summary>The goal with the line's new tiers (a null tier keeps its value).</summary>
    public static GoalSnapshot Adjusted(GoalSnapshot goal, AdjustmentLine line) => goal with
    {
        Base = line.NewBase ?? goal.Base,
        Target = line.NewTarget ?? goal.Target,
        Stretch = line.NewStretch ?? goal.Stretch,
    };

    /// <summary>
    /// The approver is the goal's manager's manager or holds the goal-manager role, and is not the requester.
    /// </summary>
    /// <param name="managerOf">A user's manager (from the organization chart), null when none.</param>
    public static RuleCheckResult CheckApprover(AdjustmentRequest request, IReadOnlyDictionary<Guid, GoalSnapshot> goals, ActingUser approver, Func<Guid, Guid?> managerOf)
    {
        var problems = new List<RuleProblem>();
        if (approver.UserId == request.RequestedBy && !approver.IsSystem)
        {
            problems.Add(Problem(RuleCode.AdjustmentSelfApproval, null).Build());
        }

        if (!approver.HasGoalManagerRole && !approver.IsSystem)
        {
            foreach (var line in request.Lines)
            {
                if (goals.TryGetValue(line.GoalId, out var goal)
                    && (goal.ManagerId == null || managerOf(goal.ManagerId.Value) != approver.UserId))
                {
                    problems.Add(Problem(RuleCode.AdjustmentNotApprover, goal).Build());
                }
            }
        }

        return new RuleCheckResult(problems);
    }

    public static bool CanMove(AdjustmentStatus from, AdjustmentStatus to) =>
        (from == AdjustmentStatus.Submitted && (to == AdjustmentStatus.Approved || to == AdjustmentStatus.Rejected || to == AdjustmentStatus.Withdrawn))
        || (from == AdjustmentStatus.Approved && to == AdjustmentStatus.Applied);

    public static RuleCheckResult CheckMove(AdjustmentStatus from, AdjustmentStatus to) =>
        CanMove(from, to)
            ? RuleCheckResult.Valid
            : new RuleCheckResult(new[] { Problem(RuleCode.AdjustmentInvalidTransition, null).With("from", from).With("to", to).Build() });

    internal static IEnumerable<RuleProblem> TierProblems(GoalSnapshot adjusted)
    {
        // Stryker disable once String : any code that is not a preset's gives the same default direction as "".
        var direction = MetricPresets.TryGet(adjusted.MetricCode ?? "", out var metric) ? metric.Direction : MetricDirection.HigherIsBetter;
        return DefinitionRules.Check(adjusted, Time.FiscalCalendar.Gregorian, direction)
            .Where(p => p.Code is RuleCode.TargetNotPositive or RuleCode.TiersOutOfOrder or RuleCode.TiersOutOfOrderLowerIsBetter);
    }

    internal static ProblemBuilder Problem(RuleCode code, GoalSnapshot? goal) => ProblemBuilder.For(code, goal);
}

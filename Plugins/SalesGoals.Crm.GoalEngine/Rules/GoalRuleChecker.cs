using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// Runs every rule that applies to a request and reports all problems of the goal together
/// (goals.md §5). The plug-ins fill a <see cref="GoalValidationRequest"/> from Dataverse rows.
/// </summary>
public sealed class GoalRuleChecker
{
    public GoalRuleChecker(FiscalCalendar? fiscal = null, LockPolicy? locks = null, AchievabilityThresholds? achievability = null)
    {
        Fiscal = fiscal ?? FiscalCalendar.Gregorian;
        Locks = locks ?? LockPolicy.Default;
        Achievability = achievability ?? AchievabilityThresholds.Default;
    }

    public FiscalCalendar Fiscal { get; }

    public LockPolicy Locks { get; }

    public AchievabilityThresholds Achievability { get; }

    public RuleCheckResult Check(GoalValidationRequest request)
    {
        var goal = request.Goal;
        // Stryker disable once String : any code that is not a preset's gives the same default direction as "".
        var direction = request.Metric?.Direction
            ?? (MetricPresets.TryGet(goal.MetricCode ?? "", out var preset) ? preset.Direction : MetricDirection.HigherIsBetter);
        var problems = new List<RuleProblem>();
        problems.AddRange(DefinitionRules.Check(goal, Fiscal, direction));

        if (request.Before != null)
        {
            problems.AddRange(EditRules.CheckLock(request.Before, goal, request.Context, Locks));
        }

        var settingTargets = request.Before == null || EditRules.TiersChanged(request.Before, goal);
        if (request.Actor != null && settingTargets && !request.Context.ViaApprovedAdjustment)
        {
            problems.AddRange(EditRules.CheckRightsToSetTargets(request.Before ?? goal, request.Actor));
        }

        if (request.Parent != null)
        {
            var family = request.Siblings.Where(s => s.Id != goal.Id).Concat(new[] { goal }).ToList();
            problems.AddRange(HierarchyRules.CheckChildren(request.Parent, family, goal.Id).Where(p => p.GoalId == goal.Id || p.GoalId == request.Parent.Id));
        }

        problems.AddRange(HierarchyRules.CheckDuplicate(goal, request.OtherGoals));

        if (request.Children.Count > 0)
        {
            problems.AddRange(HierarchyRules.CheckChildren(goal, request.Children));
        }

        if (request.Activating)
        {
            problems.AddRange(AllocationRules.CheckActivation(goal, request.Children));
        }

        problems.AddRange(AchievabilityRules.Check(goal, request.LastComparableActual, Achievability, direction));
        return new RuleCheckResult(Distinct(problems));
    }

    // Stryker disable once Linq,String : a group is never empty, so First and FirstOrDefault pick the same problem; and without
    // a "|" two different problems still get different keys (a code name is never another one followed by a hex goal id or
    // by a rule text, and no rule text starts with a goal id).
    private static IEnumerable<RuleProblem> Distinct(IEnumerable<RuleProblem> problems) =>
        problems.GroupBy(p => p.Code + "|" + p.GoalId + "|" + RuleMessages.Render(p, RuleMessages.English), System.StringComparer.Ordinal)
            .Select(g => g.First());
}

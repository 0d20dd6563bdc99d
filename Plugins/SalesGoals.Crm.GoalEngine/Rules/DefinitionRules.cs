using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>Rules 1 (complete, SMART) and 2 (tiers in order) for one goal on its own.</summary>
public static class DefinitionRules
{
    public static IEnumerable<RuleProblem> Check(GoalSnapshot goal, FiscalCalendar fiscal, MetricDirection direction = MetricDirection.HigherIsBetter)
    {
        if (string.IsNullOrWhiteSpace(goal.MetricCode))
        {
            yield return ProblemBuilder.For(RuleCode.MetricMissing, goal).Build();
        }

        if (goal.Assignee == null || goal.Assignee.Value.Id == System.Guid.Empty)
        {
            yield return ProblemBuilder.For(RuleCode.AssigneeMissing, goal).Build();
        }

        foreach (var problem in CheckPeriod(goal, fiscal))
        {
            yield return problem;
        }

        if (goal.Target <= 0m)
        {
            yield return ProblemBuilder.For(RuleCode.TargetNotPositive, goal).WithAmount("target", goal.Target, goal.Precision).Build();
        }

        if (goal.IsRoot && string.IsNullOrWhiteSpace(goal.RootStrategy))
        {
            yield return ProblemBuilder.For(RuleCode.RootStrategyMissing, goal).Build();
        }

        if (!TiersInOrder(goal, direction))
        {
            var code = direction == MetricDirection.HigherIsBetter ? RuleCode.TiersOutOfOrder : RuleCode.TiersOutOfOrderLowerIsBetter;
            yield return ProblemBuilder.For(code, goal)
                .With("base", goal.Base.HasValue ? ProblemBuilder.Amount(goal.Base.Value, goal.Precision) : "-")
                .WithAmount("target", goal.Target, goal.Precision)
                .With("stretch", goal.Stretch.HasValue ? ProblemBuilder.Amount(goal.Stretch.Value, goal.Precision) : "-")
                .Build();
        }
    }

    private static IEnumerable<RuleProblem> CheckPeriod(GoalSnapshot goal, FiscalCalendar fiscal)
    {
        if (!goal.PeriodStart.HasValue || !goal.PeriodEnd.HasValue)
        {
            yield return ProblemBuilder.For(RuleCode.PeriodMissing, goal).Build();
            yield break;
        }

        if (goal.PeriodEnd.Value < goal.PeriodStart.Value)
        {
            yield return ProblemBuilder.For(RuleCode.PeriodEndsBeforeStart, goal)
                .With("start", goal.PeriodStart.Value.ToString())
                .With("end", goal.PeriodEnd.Value.ToString())
                .Build();
            yield break;
        }

        if (!fiscal.IsConsistent(goal.Period!.Value))
        {
            yield return ProblemBuilder.For(RuleCode.PeriodInconsistentWithType, goal)
                .With("periodType", goal.PeriodType)
                .With("start", goal.PeriodStart.Value.ToString())
                .With("end", goal.PeriodEnd.Value.ToString())
                .Build();
        }
    }

    private static bool TiersInOrder(GoalSnapshot goal, MetricDirection direction)
    {
        var lower = direction == MetricDirection.HigherIsBetter;
        var baseOk = !goal.Base.HasValue || (lower ? goal.Base.Value <= goal.Target : goal.Base.Value >= goal.Target);
        var stretchOk = !goal.Stretch.HasValue || (lower ? goal.Target <= goal.Stretch.Value : goal.Target >= goal.Stretch.Value);
        return baseOk && stretchOk;
    }
}

using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

/// <summary>One named request per rule case, so the cases can be listed in [DataRow]s.</summary>
public static class RuleScenarios
{
    private static readonly Guid Rep = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Manager = Guid.Parse("00000000-0000-0000-0000-0000000000b1");
    private static readonly GoalRuleChecker Checker = new();

    private static readonly Dictionary<string, Func<GoalValidationRequest>> Requests = new()
    {
        ["no-metric"] = () => new(Goal().WithMetric(null).Build()),
        ["no-assignee"] = () => new(Goal().Build() with { Assignee = null }),
        ["no-period"] = () => new(Goal().Build() with { Period = null }),
        ["reversed-period"] = () => new(Goal().Build() with { PeriodType = PeriodType.Quarter, PeriodStart = D("2026-03-31"), PeriodEnd = D("2026-01-01") }),
        ["month-not-whole"] = () => new(Goal().WithPeriod(new Period(PeriodType.Month, D("2026-02-01"), D("2026-03-01"))).Build()),
        ["zero-target"] = () => new(Goal().WithTarget(0m).Build()),
        ["root-no-strategy"] = () => new(Goal().AsRoot(null).Build()),
        ["tiers-reversed"] = () => new(Goal().WithTiers(600_000m, 500_000m, 700_000m).Build()),
        ["child-two-axes"] = () => ChildRequest(Company(), Goal().WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 1)).WithAssignee(Assignee.User(Rep))),
        ["mixed-siblings"] = MixedSiblings,
        ["child-outside"] = () => ChildRequest(Company(), Goal().WithAssignee(Company().Assignee!.Value).WithPeriod(Custom("2026-12-01", "2027-01-31"))),
        ["child-overlap"] = ChildOverlap,
        ["duplicate"] = Duplicate,
        ["metric-differs"] = () => ChildRequest(Company(), Goal().WithAssignee(Assignee.User(Rep)).WithMetric("won-deal-count")),
        ["dimension-conflict"] = () => ChildRequest(
            Company() with { Dimensions = new GoalDimensions(Region: "East") },
            Goal().WithAssignee(Assignee.User(Rep)).WithDimensions(new GoalDimensions(Region: "West"))),
        ["same-scope-as-parent"] = () => ChildRequest(Company(), Goal().WithAssignee(Company().Assignee!.Value)),
        ["under-allocated"] = () => Activation(100_000_000m, 0m, 40_000_000m, 50_000_000m),
        ["over-allocated"] = () => Activation(1_000_000m, 10m, 600_000m, 550_000m),
        ["locked-tier-edit"] = LockedTierEdit,
        ["locked-scope-edit"] = () => LockedEdit(g => g with { Assignee = Assignee.User(Guid.NewGuid()) }),
        ["own-target"] = () => MonthEdit(new ActingUser(Rep)),
        ["not-manager"] = () => MonthEdit(new ActingUser(Guid.NewGuid())),
        ["aggressive"] = () => new(Goal().WithTarget(1_400_000m).Build()) { LastComparableActual = 1_000_000m },
        ["unrealistic"] = () => new(Goal().WithTarget(2_000_000m).Build()) { LastComparableActual = 1_000_000m },
    };

    public static RuleCheckResult Run(string scenario) => Checker.Check(Requests[scenario]());

    public static GoalBuilder Goal() => GoalBuilder.AGoal().WithId(Guid.NewGuid()).WithManager(Manager);

    public static GoalSnapshot Company() => GoalBuilder.AGoal()
        .WithId(Guid.Parse("00000000-0000-0000-0000-0000000000c1"))
        .WithTarget(100_000_000m)
        .WithAssignee(Assignee.Team(Guid.Parse("00000000-0000-0000-0000-0000000000d1")))
        .Build() with { Name = "Company 2026" };

    private static GoalValidationRequest ChildRequest(GoalSnapshot parent, GoalBuilder child) =>
        new(child.WithParent(parent).Build() with { Name = "Child goal" }) { Parent = parent };

    private static GoalValidationRequest MixedSiblings()
    {
        var parent = Company();
        var byRegion = Goal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithDimensions(new GoalDimensions(Region: "East")).Build();
        var byRep = Goal().WithParent(parent).WithAssignee(Assignee.User(Rep)).Build();
        return new GoalValidationRequest(byRep) { Parent = parent, Siblings = new[] { byRegion } };
    }

    private static GoalValidationRequest ChildOverlap()
    {
        var parent = Company();
        var first = Goal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithPeriod(Custom("2026-01-01", "2026-06-30")).Build() with { Name = "H1" };
        var second = Goal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithPeriod(Custom("2026-06-01", "2026-12-31")).Build() with { Name = "From June" };
        return new GoalValidationRequest(second) { Parent = parent, Siblings = new[] { first } };
    }

    private static GoalValidationRequest Duplicate()
    {
        var existing = Goal().WithAssignee(Assignee.User(Rep)).Build() with { Name = "Existing 2026 goal" };
        var copy = existing with { Id = Guid.NewGuid(), Name = "New 2026 goal" };
        return new GoalValidationRequest(copy) { OtherGoals = new[] { existing } };
    }

    private static GoalValidationRequest Activation(decimal parentTarget, decimal overAssignment, params decimal[] childTargets)
    {
        var parent = Company() with { Target = parentTarget, AllowedOverAssignmentPercent = overAssignment, SplitAxis = SplitAxis.Dimension };
        var children = new List<GoalSnapshot>();
        for (var i = 0; i < childTargets.Length; i++)
        {
            children.Add(Goal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithTarget(childTargets[i])
                .WithDimensions(new GoalDimensions(ProductLine: "PL-" + i)).Build());
        }

        return new GoalValidationRequest(parent with { State = GoalState.Active }) { Before = parent, Children = children, Activating = true };
    }

    private static GoalValidationRequest LockedTierEdit() => LockedEdit(g => g with { Target = 2_500_000m });

    private static GoalValidationRequest LockedEdit(Func<GoalSnapshot, GoalSnapshot> change)
    {
        var quarter = Goal().WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 1)).WithTarget(2_300_000m).WithState(GoalState.Active).Build();
        return new GoalValidationRequest(change(quarter)) { Before = quarter, Actor = new ActingUser(Manager) };
    }

    private static GoalValidationRequest MonthEdit(ActingUser actor)
    {
        var month = Goal().WithAssignee(Assignee.User(Rep)).WithPeriod(FiscalCalendar.Month(2026, 3)).WithTarget(500_000m).WithState(GoalState.Active).Build();
        return new GoalValidationRequest(month with { Target = 450_000m }) { Before = month, Actor = actor };
    }
}

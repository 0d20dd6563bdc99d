using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

/// <summary>
/// Which rules the checker runs for which request: the metric's direction (given, preset or
/// default), rights only when tiers are set by a person, the goal's own stored copy among its
/// siblings, problems between other siblings left to them, the goal's own children, activation
/// only when activating, and one line per distinct problem.
/// </summary>
[TestClass]
public class RuleCheckerWiringTests
{
    private static readonly Guid Manager = Guid.NewGuid();
    private static readonly Guid Rep = Guid.NewGuid();
    private static readonly GoalRuleChecker Checker = new();

    private static GoalBuilder Goal() => GoalBuilder.AGoal().WithManager(Manager).WithAssignee(Assignee.User(Rep));

    private static RuleCode[] Codes(GoalValidationRequest request) => Checker.Check(request).Problems.Select(p => p.Code).ToArray();

    [TestMethod]
    [DataRow("sales-cycle-length", false, new RuleCode[0])]
    [DataRow("won-revenue", false, new[] { RuleCode.TiersOutOfOrder })]
    [DataRow("made-up", false, new[] { RuleCode.TiersOutOfOrder })]
    [DataRow("made-up", true, new RuleCode[0])]
    public void Check_DescendingTiers_JudgedInTheMetricsDirection(string metric, bool givenLowerIsBetter, RuleCode[] expected)
    {
        var goal = Goal().WithMetric(metric).WithTiers(60m, 45m, 30m).Build();
        var request = new GoalValidationRequest(goal)
        {
            Metric = givenLowerIsBetter ? new MetricDefinition { Code = metric, Direction = MetricDirection.LowerIsBetter } : null,
        };

        CollectionAssert.AreEqual(expected, Codes(request));
    }

    [TestMethod]
    public void Check_MetricGivenHigherIsBetterForALowerIsBetterPreset_TheGivenMetricWins()
    {
        var goal = Goal().WithMetric(MetricCodes.SalesCycleLength).WithTiers(60m, 45m, 30m).Build();

        var codes = Codes(new GoalValidationRequest(goal) { Metric = new MetricDefinition { Code = "sales-cycle-length", Direction = MetricDirection.HigherIsBetter } });

        CollectionAssert.AreEqual(new[] { RuleCode.TiersOutOfOrder }, codes);
    }

    [TestMethod]
    [DataRow("create-by-rep", new[] { RuleCode.OwnTargetChange })]
    [DataRow("create-by-platform", new RuleCode[0])]
    [DataRow("rename-by-rep", new RuleCode[0])]
    [DataRow("retarget-by-rep", new[] { RuleCode.OwnTargetChange })]
    [DataRow("retarget-by-rep-approved", new RuleCode[0])]
    public void Check_WhoSetsTheTiers_RightsCheckedOnlyWhenAPersonSetsThem(string scenario, RuleCode[] expected)
    {
        var stored = Goal().WithPeriod(FiscalCalendar.Month(2026, 3)).WithState(GoalState.Active).Build();
        var rep = new ActingUser(Rep);
        var request = scenario switch
        {
            "create-by-rep" => new GoalValidationRequest(stored) { Actor = rep },
            "create-by-platform" => new GoalValidationRequest(stored),
            "rename-by-rep" => new GoalValidationRequest(stored with { Name = "Mine" }) { Before = stored, Actor = rep },
            "retarget-by-rep" => new GoalValidationRequest(stored with { Target = 1m }) { Before = stored, Actor = rep },
            _ => new GoalValidationRequest(stored with { Target = 1m }) { Before = stored, Actor = rep, Context = EditContext.ApprovedAdjustment },
        };

        CollectionAssert.AreEqual(expected, Codes(request));
    }

    [TestMethod]
    public void Check_StoredCopyOfTheGoalAmongItsSiblings_NotADuplicateOfItself()
    {
        var parent = Goal().WithAssignee(Assignee.Team(Guid.NewGuid())).WithSplitAxis(SplitAxis.Assignee).Build() with { Name = "Team" };
        var stored = Goal().WithParent(parent).Build() with { Name = "Rep" };
        var edited = stored with { Target = 900_000m };

        var codes = Codes(new GoalValidationRequest(edited) { Parent = parent, Siblings = new[] { stored } });

        Assert.IsEmpty(codes);
    }

    [TestMethod]
    public void Check_TwoOtherSiblingsDuplicatingEachOther_NotReportedOnThisGoal()
    {
        var parent = Goal().WithAssignee(Assignee.Team(Guid.NewGuid())).WithSplitAxis(SplitAxis.Assignee).Build() with { Name = "Team" };
        var other = Goal().WithParent(parent).WithAssignee(Assignee.User(Guid.NewGuid())).Build();
        var twin = other with { Id = Guid.NewGuid() };
        var goal = Goal().WithParent(parent).Build();

        var codes = Codes(new GoalValidationRequest(goal) { Parent = parent, Siblings = new[] { other, twin } });

        Assert.IsEmpty(codes);
    }

    [TestMethod]
    public void Check_ProblemOnTheParentFromThisChild_ReportedWithTheChild()
    {
        var parent = Goal().WithAssignee(Assignee.Team(Guid.NewGuid())).WithSplitAxis(SplitAxis.Time).Build() with { Name = "Team" };
        var goal = Goal().WithParent(parent).Build();

        var result = Checker.Check(new GoalValidationRequest(goal) { Parent = parent });

        CollectionAssert.AreEqual(new[] { RuleCode.MixedSplitAxes }, result.Problems.Select(p => p.Code).ToArray());
        Assert.AreEqual(parent.Id, result.Problems[0].GoalId);
    }

    [TestMethod]
    public void Check_OwnChildOutsideThePeriod_ReportedWhenTheParentIsSaved()
    {
        var goal = Goal().WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 1)).Build();
        var child = Goal().WithParent(goal).WithPeriod(FiscalCalendar.Month(2026, 4)).Build();

        var codes = Codes(new GoalValidationRequest(goal) { Children = new[] { child } });

        CollectionAssert.AreEqual(new[] { RuleCode.ChildOutsideParentPeriod }, codes);
    }

    [TestMethod]
    [DataRow(true, new[] { RuleCode.UnderAllocated })]
    [DataRow(false, new RuleCode[0])]
    public void Check_ChildrenCarryingLessThanTheTarget_BlockOnlyActivation(bool activating, RuleCode[] expected)
    {
        var goal = Goal().WithTarget(1_000m).WithSplitAxis(SplitAxis.Dimension).Build();
        var child = Goal().WithParent(goal).WithTarget(400m).WithDimensions(new GoalDimensions(Region: "East")).Build();

        var codes = Codes(new GoalValidationRequest(goal) { Children = new[] { child }, Activating = activating });

        CollectionAssert.AreEqual(expected, codes);
    }

    [TestMethod]
    public void Check_SameDuplicateFromSiblingsAndOtherGoals_ReportedOnce()
    {
        var parent = Goal().WithAssignee(Assignee.Team(Guid.NewGuid())).WithSplitAxis(SplitAxis.Assignee).Build() with { Name = "Team" };
        var existing = Goal().WithParent(parent).Build() with { Name = "Existing" };
        var goal = existing with { Id = Guid.NewGuid(), Name = "New" };

        var result = Checker.Check(new GoalValidationRequest(goal) { Parent = parent, Siblings = new[] { existing }, OtherGoals = new[] { existing } });

        Assert.AreEqual("Goal \"New\" duplicates \"Existing\": same owner, metric, period and filters. Change the existing goal instead.", result.Render(RuleMessages.English));
    }

    [TestMethod]
    public void Constructor_Defaults_GregorianDefaultLocksDefaultThresholds()
    {
        var checker = new GoalRuleChecker();

        Assert.AreSame(FiscalCalendar.Gregorian, checker.Fiscal);
        Assert.AreSame(LockPolicy.Default, checker.Locks);
        Assert.AreSame(AchievabilityThresholds.Default, checker.Achievability);
    }

    [TestMethod]
    public void Check_CustomCalendarLocksAndThresholds_UsedInsteadOfTheDefaults()
    {
        var february = new FiscalCalendar(2);
        var checker = new GoalRuleChecker(february, new LockPolicy(new[] { PeriodType.Month }), new AchievabilityThresholds(5m, 10m));
        var quarter = Goal().WithPeriod(february.Quarter(2026, 1)).WithState(GoalState.Active).Build();
        var month = Goal().WithPeriod(FiscalCalendar.Month(2026, 3)).WithState(GoalState.Active).Build();

        var quarterEdit = checker.Check(new GoalValidationRequest(quarter with { Target = 2m }) { Before = quarter });
        var monthEdit = checker.Check(new GoalValidationRequest(month with { Target = 2m }) { Before = month });
        var growth = checker.Check(new GoalValidationRequest(month) { LastComparableActual = month.Target / 1.08m });

        Assert.IsEmpty(quarterEdit.Problems);
        CollectionAssert.AreEqual(new[] { RuleCode.GoalLockedTierChange }, monthEdit.Problems.Select(p => p.Code).ToArray());
        CollectionAssert.AreEqual(new[] { RuleCode.TargetAggressive }, growth.Problems.Select(p => p.Code).ToArray());
        Assert.AreEqual(D("2026-02-01"), quarter.PeriodStart);
        Assert.IsTrue(new GoalRuleChecker().Check(new GoalValidationRequest(quarter)).Has(RuleCode.PeriodInconsistentWithType));
    }
}

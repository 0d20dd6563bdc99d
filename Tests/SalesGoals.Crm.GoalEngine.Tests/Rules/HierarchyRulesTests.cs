using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

/// <summary>
/// Rule 3 from both ends of the hierarchy: a parent saved with its children, a child saved next to
/// its siblings (the problem is reported on the goal being saved, whichever came first), and the
/// edges of "overlap" and "same value".
/// </summary>
[TestClass]
public class HierarchyRulesTests
{
    private static readonly GoalRuleChecker Checker = new();
    private static readonly Assignee Rep = Assignee.User(Guid.Parse("00000000-0000-0000-0000-0000000000a1"));

    private static GoalSnapshot Company(SplitAxis axis = SplitAxis.None) => RuleScenarios.Company() with { SplitAxis = axis };

    private static GoalSnapshot TimeChild(GoalSnapshot parent, string start, string end, string name) =>
        RuleScenarios.Goal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithPeriod(Custom(start, end)).Build() with { Name = name };

    [TestMethod]
    public void Check_ParentSavedWithChildrenOnTwoAxes_ReportsMixedSplitOnTheParent()
    {
        var parent = Company();
        var byRegion = RuleScenarios.Goal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithDimensions(new GoalDimensions(Region: "East")).Build();
        var byRep = RuleScenarios.Goal().WithParent(parent).WithAssignee(Rep).Build();

        var result = Checker.Check(new GoalValidationRequest(parent) { Children = new[] { byRegion, byRep } });

        var problem = result.Problems.Single(p => p.Code == RuleCode.MixedSplitAxes);
        Assert.AreEqual(parent.Id, problem.GoalId);
        StringAssert.Contains(result.Render(RuleMessages.English), "more than one axis (assignee, dimension)");
    }

    [TestMethod]
    public void Check_ParentDeclaredAssigneeSplitWithTimeChildren_ReportsMixedSplit()
    {
        var parent = Company(SplitAxis.Assignee);
        var q1 = TimeChild(parent, "2026-01-01", "2026-03-31", "Q1");

        var result = Checker.Check(new GoalValidationRequest(parent) { Children = new[] { q1 } });

        Assert.IsTrue(result.Has(RuleCode.MixedSplitAxes));
        StringAssert.Contains(result.Render(RuleMessages.English), "(time, assignee)");
    }

    [TestMethod]
    public void Check_ParentDeclaredTimeSplitWithTimeChildren_IsValid()
    {
        var parent = Company(SplitAxis.Time);
        var h1 = TimeChild(parent, "2026-01-01", "2026-06-30", "H1");
        var h2 = TimeChild(parent, "2026-07-01", "2026-12-31", "H2");

        var result = Checker.Check(new GoalValidationRequest(parent) { Children = new[] { h1, h2 } });

        Assert.IsTrue(result.IsValid, result.Render(RuleMessages.English));
    }

    [TestMethod]
    public void Check_ParentSavedWithChildOutsideItsPeriod_ReportsTheChild()
    {
        var parent = Company();
        var outside = TimeChild(parent, "2026-12-01", "2027-01-31", "Dec-Jan");

        var result = Checker.Check(new GoalValidationRequest(parent) { Children = new[] { outside } });

        Assert.AreEqual(outside.Id, result.Problems.Single(p => p.Code == RuleCode.ChildOutsideParentPeriod).GoalId);
    }

    [TestMethod]
    [DataRow("2026-06-30", "2026-07-01", false)]
    [DataRow("2026-06-30", "2026-06-30", true)]
    [DataRow("2026-07-31", "2026-07-01", true)]
    public void Check_TwoTimeChildren_OverlapOnlyWhenTheyShareADay(string firstEnd, string secondStart, bool overlap)
    {
        var parent = Company();
        var first = TimeChild(parent, "2026-01-01", firstEnd, "First");
        var second = TimeChild(parent, secondStart, "2026-12-31", "Second");

        var result = Checker.Check(new GoalValidationRequest(second) { Parent = parent, Siblings = new[] { first } });

        Assert.AreEqual(overlap, result.Has(RuleCode.ChildPeriodsOverlap));
    }

    [TestMethod]
    public void Check_EarlierChildSavedWhileLaterOneExists_OverlapReportedOnTheSavedChild()
    {
        var parent = Company();
        var first = TimeChild(parent, "2026-01-01", "2026-06-30", "H1");
        var second = TimeChild(parent, "2026-06-01", "2026-12-31", "From June");

        var result = Checker.Check(new GoalValidationRequest(first) { Parent = parent, Siblings = new[] { second } });

        var problem = result.Problems.Single(p => p.Code == RuleCode.ChildPeriodsOverlap);
        Assert.AreEqual(first.Id, problem.GoalId);
        StringAssert.Contains(result.Render(RuleMessages.English), "overlaps \"From June\" (2026-06-01 to 2026-12-31)");
    }

    [TestMethod]
    public void Check_OverlappingPeriodsOfDifferentReps_AreNotAnOverlap()
    {
        var parent = Company();
        var mine = RuleScenarios.Goal().WithParent(parent).WithAssignee(Rep).WithPeriod(Custom("2026-01-01", "2026-06-30")).Build();
        var theirs = RuleScenarios.Goal().WithParent(parent).WithAssignee(Assignee.User(Guid.NewGuid())).WithPeriod(Custom("2026-06-01", "2026-12-31")).Build();

        var problems = HierarchyRules.CheckChildren(parent, new[] { mine, theirs }).ToList();

        Assert.IsFalse(problems.Any(p => p.Code == RuleCode.ChildPeriodsOverlap));
        Assert.IsTrue(problems.Any(p => p.Code == RuleCode.ChildChangesSeveralAxes));
    }

    [TestMethod]
    public void Check_EarlierOfTwoIdenticalChildrenSaved_DuplicateReportedOnIt()
    {
        var parent = Company();
        var first = RuleScenarios.Goal().WithParent(parent).WithAssignee(Rep).Build() with { Name = "First" };
        var copy = first with { Id = Guid.NewGuid(), Name = "Copy" };

        var result = Checker.Check(new GoalValidationRequest(first) { Parent = parent, Siblings = new[] { copy } });

        Assert.AreEqual(first.Id, result.Problems.Single(p => p.Code == RuleCode.DuplicateScope).GoalId);
    }

    [TestMethod]
    public void CheckChildren_MetricCodeInOtherCase_IsTheSameMetric()
    {
        var parent = Company();
        var child = RuleScenarios.Goal().WithParent(parent).WithAssignee(Rep).WithMetric("WON-REVENUE").Build();

        Assert.IsFalse(HierarchyRules.CheckChildren(parent, new[] { child }).Any());
    }

    [TestMethod]
    [DataRow("East", " east ", false)]
    [DataRow("East", null, true)]
    [DataRow(null, "West", false)]
    [DataRow("  ", "West", false)]
    public void CheckChildren_ParentRegionFilter_ChildMustKeepIt(string? parentRegion, string? childRegion, bool conflict)
    {
        var parent = Company() with { Dimensions = new GoalDimensions(Region: parentRegion) };
        var child = RuleScenarios.Goal().WithParent(parent).WithAssignee(Rep).WithDimensions(new GoalDimensions(Region: childRegion)).Build();

        var problems = HierarchyRules.CheckChildren(parent, new[] { child });

        Assert.AreEqual(conflict, problems.Any(p => p.Code == RuleCode.ChildDimensionConflict));
    }

    [TestMethod]
    [DataRow("2026-01-01", "2026-12-30", SplitAxis.Time)]
    [DataRow("2026-01-02", "2026-12-31", SplitAxis.Time)]
    public void AxesChanged_OnlyOneDateMoved_IsATimeSplit(string start, string end, SplitAxis expected)
    {
        var parent = Company();
        var child = parent with { Id = Guid.NewGuid(), PeriodStart = D(start), PeriodEnd = D(end) };

        CollectionAssert.AreEqual(new[] { expected }, HierarchyRules.AxesChanged(parent, child).ToArray());
    }

    [TestMethod]
    public void CheckDuplicate_SameGoalItself_IsNotADuplicate()
    {
        var goal = RuleScenarios.Goal().Build();
        var other = goal with { Id = Guid.NewGuid() };
        var otherPeriod = goal with { Id = Guid.NewGuid(), Period = FiscalCalendar.Gregorian.Year(2027) };

        Assert.IsFalse(HierarchyRules.CheckDuplicate(goal, new[] { goal, otherPeriod }).Any());
        Assert.AreEqual(1, HierarchyRules.CheckDuplicate(goal, new[] { goal, other }).Count());
    }
}

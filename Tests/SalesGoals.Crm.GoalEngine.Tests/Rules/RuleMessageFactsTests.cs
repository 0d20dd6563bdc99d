using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

/// <summary>
/// The whole message a user reads for the problems whose facts (dates of both goals, a missing
/// tier or metric shown as "-") no other test spells out, and the lock check run by CheckEdit.
/// </summary>
[TestClass]
public class RuleMessageFactsTests
{
    private static GoalSnapshot Named(GoalBuilder builder, string name) => builder.Build() with { Name = name };

    private static string English(IEnumerable<RuleProblem> problems, RuleCode code) =>
        RuleMessages.Render(problems.Single(p => p.Code == code), RuleMessages.English);

    [TestMethod]
    public void Check_BaseAboveTargetWithoutStretch_StretchShownAsDash()
    {
        var goal = Named(GoalBuilder.AGoal().WithTiers(1_200m, 1_000m, null), "G");

        var text = English(DefinitionRules.Check(goal, FiscalCalendar.Gregorian), RuleCode.TiersOutOfOrder);

        Assert.AreEqual("Goal \"G\": the tiers must be in order base ≤ target ≤ stretch (base 1,200.00, target 1,000.00, stretch -).", text);
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "Goal \"G\": 2026-03-02 to 2026-03-31 is not one whole month. Use the exact first and last day of the month, or choose a custom period.")]
    [DataRow(RuleMessages.SimplifiedChinese, "目标“G”：2026-03-02 至 2026-03-31 不是一个完整的月度。请使用该月度准确的起止日期，或改为自定义周期。")]
    public void Check_MonthGoalStartingOnTheSecond_MessageNamesBothDates(int lcid, string expected)
    {
        var goal = GoalBuilder.AGoal().Build() with { Name = "G", PeriodType = PeriodType.Month, PeriodStart = D("2026-03-02"), PeriodEnd = D("2026-03-31") };

        var problem = DefinitionRules.Check(goal, FiscalCalendar.Gregorian).Single();

        Assert.AreEqual(RuleCode.PeriodInconsistentWithType, problem.Code);
        Assert.AreEqual(expected, RuleMessages.Render(problem, lcid));
    }

    [TestMethod]
    public void CheckChildren_ParentWithoutMetric_ParentMetricShownAsDash()
    {
        var parent = Named(GoalBuilder.AGoal().WithMetric(null), "East");
        var child = Named(GoalBuilder.AGoal().WithParent(parent).WithAssignee(Assignee.User(Guid.NewGuid())), "Rep");

        var text = English(HierarchyRules.CheckChildren(parent, new[] { child }), RuleCode.ChildMetricDiffers);

        Assert.AreEqual("Goal \"Rep\" measures won-revenue but its parent \"East\" measures -; a child keeps its parent's metric.", text);
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "Goal \"Dec-Jan\" (2026-12-01 to 2027-01-31) lies outside the period of its parent \"Company\" (2026-01-01 to 2026-12-31).")]
    [DataRow(RuleMessages.SimplifiedChinese, "目标“Dec-Jan”（2026-12-01 至 2027-01-31）超出了上级目标“Company”的周期（2026-01-01 至 2026-12-31）。")]
    public void CheckChildren_ChildReachingIntoNextYear_MessageNamesBothPeriods(int lcid, string expected)
    {
        var parent = Named(GoalBuilder.AGoal().WithSplitAxis(SplitAxis.Time), "Company");
        var child = Named(GoalBuilder.AGoal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithPeriod(Custom("2026-12-01", "2027-01-31")), "Dec-Jan");

        var problem = HierarchyRules.CheckChildren(parent, new[] { child }).Single();

        Assert.AreEqual(RuleCode.ChildOutsideParentPeriod, problem.Code);
        Assert.AreEqual(expected, RuleMessages.Render(problem, lcid));
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "Goal \"From June\" (2026-06-01 to 2026-12-31) overlaps \"H1\" (2026-01-01 to 2026-06-30); the periods of a time split must not overlap.")]
    [DataRow(RuleMessages.SimplifiedChinese, "目标“From June”（2026-06-01 至 2026-12-31）与“H1”（2026-01-01 至 2026-06-30）时间重叠；按时间分解的下级目标不能重叠。")]
    public void CheckChildren_TwoChildrenSharingJune_MessageNamesBothPeriods(int lcid, string expected)
    {
        var parent = Named(GoalBuilder.AGoal().WithSplitAxis(SplitAxis.Time), "Company");
        var first = Named(GoalBuilder.AGoal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithPeriod(Custom("2026-01-01", "2026-06-30")), "H1");
        var second = Named(GoalBuilder.AGoal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithPeriod(Custom("2026-06-01", "2026-12-31")), "From June");

        var problem = HierarchyRules.CheckChildren(parent, new[] { first, second }).Single();

        Assert.AreEqual(RuleCode.ChildPeriodsOverlap, problem.Code);
        Assert.AreEqual(second.Id, problem.GoalId);
        Assert.AreEqual(expected, RuleMessages.Render(problem, lcid));
    }

    [TestMethod]
    [DataRow(false, new[] { RuleCode.GoalLockedTierChange })]
    [DataRow(true, new RuleCode[0])]
    public void CheckEdit_ManagerChangesTargetOfActiveQuarterGoal_LockedUnlessViaApprovedAdjustment(bool viaAdjustment, RuleCode[] expected)
    {
        var manager = Guid.NewGuid();
        var before = GoalBuilder.AGoal().WithManager(manager).WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 2)).WithState(GoalState.Active).Build();
        var context = viaAdjustment ? EditContext.ApprovedAdjustment : EditContext.Direct;

        var codes = EditRules.CheckEdit(before, before with { Target = 1_200_000m }, new ActingUser(manager), context, LockPolicy.Default).Select(p => p.Code).ToArray();

        CollectionAssert.AreEqual(expected, codes);
    }

    [TestMethod]
    public void Render_ParameterWhoseTextIsNull_LeftEmpty()
    {
        var problem = new RuleProblem(RuleCode.AdjustmentInvalidTransition, RuleSeverity.Error, null, new Dictionary<string, object> { ["from"] = new NoText(), ["to"] = "x" });

        Assert.AreEqual("An adjustment that is  cannot become x.", RuleMessages.Render(problem, RuleMessages.English));
    }

    /// <summary>A value whose ToString gives null (allowed by its signature).</summary>
    private sealed class NoText
    {
        public override string? ToString() => null;
    }
}

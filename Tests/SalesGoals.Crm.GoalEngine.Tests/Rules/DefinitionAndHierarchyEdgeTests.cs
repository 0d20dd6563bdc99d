using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

/// <summary>
/// Rules 1–3 and 6 at the edges the other tests leave: one date set, a one-day goal, equal tiers in
/// both directions, texts with a missing value ("-"), a child without dates, goals differing in
/// one part of their scope only, errors listed before warnings, and rights judged on the stored goal.
/// </summary>
[TestClass]
public class DefinitionAndHierarchyEdgeTests
{
    private static RuleCode[] Codes(IEnumerable<RuleProblem> problems) => problems.Select(p => p.Code).ToArray();

    [TestMethod]
    [DataRow(true, false)]
    [DataRow(false, true)]
    public void Check_OnlyOneDateSet_PeriodMissingOnly(bool hasStart, bool hasEnd)
    {
        var goal = GoalBuilder.AGoal().Build() with { PeriodStart = hasStart ? D("2026-03-01") : null, PeriodEnd = hasEnd ? D("2026-03-31") : null };

        CollectionAssert.AreEqual(new[] { RuleCode.PeriodMissing }, Codes(DefinitionRules.Check(goal, FiscalCalendar.Gregorian)));
    }

    [TestMethod]
    public void Check_OneDayGoal_ValidPeriod()
    {
        var goal = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Day(D("2026-03-10"))).Build();

        Assert.IsEmpty(Codes(DefinitionRules.Check(goal, FiscalCalendar.Gregorian)));
    }

    [TestMethod]
    [DataRow(MetricDirection.HigherIsBetter)]
    [DataRow(MetricDirection.LowerIsBetter)]
    public void Check_AllTiersEqual_InOrderInBothDirections(MetricDirection direction)
    {
        var goal = GoalBuilder.AGoal().WithTiers(100m, 100m, 100m).Build();

        Assert.IsEmpty(Codes(DefinitionRules.Check(goal, FiscalCalendar.Gregorian, direction)));
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "Goal \"Cycle\": for this metric lower is better, so the tiers must be base ≥ target ≥ stretch (base -, target 45, stretch 50).")]
    [DataRow(RuleMessages.SimplifiedChinese, "目标“Cycle”：该指标越低越好，三级目标须满足 基础目标 ≥ 挑战目标 ≥ 超越目标（基础 -，挑战 45，超越 50）。")]
    public void Check_LowerIsBetterStretchAboveTarget_MessageWithMissingBaseAsDash(int lcid, string expected)
    {
        var goal = GoalBuilder.AGoal().WithMetric(MetricCodes.SalesCycleLength).WithPrecision(0).WithTiers(null, 45m, 50m).Build() with { Name = "Cycle" };

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(goal));

        Assert.AreEqual(expected, result.Render(lcid));
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "Goal \"Old\" cannot be deleted: it has recorded results. Deleting it would lose that record; close it instead (set its status to Closed).")]
    [DataRow(RuleMessages.SimplifiedChinese, "目标“Old”不能删除：该目标已记录业绩。删除会丢失这些记录；请改为关闭该目标（将状态设为已关闭）。")]
    public void CheckDeleteHistory_GoalWithResults_WholeMessage(int lcid, string expected)
    {
        var goal = GoalBuilder.AGoal().Build() with { Name = "Old" };

        Assert.AreEqual(expected, RuleMessages.Render(EditRules.CheckDeleteHistory(goal, true, false).Single(), lcid));
    }

    [TestMethod]
    public void CheckChildren_ChildWithoutMetricOrRegion_MessagesShowADash()
    {
        var parent = GoalBuilder.AGoal().WithDimensions(new GoalDimensions(Region: "East")).Build() with { Name = "East" };
        var child = GoalBuilder.AGoal().WithParent(parent).WithMetric(null).WithAssignee(Assignee.User(Guid.NewGuid())).Build() with { Name = "Rep" };

        var text = string.Join("\n", HierarchyRules.CheckChildren(parent, new[] { child }).Select(p => RuleMessages.Render(p, RuleMessages.English)));

        StringAssert.Contains(text, "Goal \"Rep\" measures - but its parent \"East\" measures won-revenue; a child keeps its parent's metric.");
        StringAssert.Contains(text, "Goal \"Rep\" has region \"-\" but its parent \"East\" is limited to \"East\".");
    }

    [TestMethod]
    public void CheckChildren_ChildWithoutDates_NotReportedOutsideThePeriod()
    {
        var parent = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 1)).Build();
        var child = GoalBuilder.AGoal().WithParent(parent).WithAssignee(Assignee.User(Guid.NewGuid())).Build() with { Period = null };

        var codes = Codes(HierarchyRules.CheckChildren(parent, new[] { child }));

        Assert.IsFalse(codes.Contains(RuleCode.ChildOutsideParentPeriod));
    }

    [TestMethod]
    [DataRow("assignee")]
    [DataRow("metric")]
    [DataRow("start")]
    [DataRow("end")]
    [DataRow("dimensions")]
    public void CheckDuplicate_GoalsDifferingInOnePartOfTheirScope_NotDuplicates(string part)
    {
        var goal = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Month(2026, 3)).Build();
        var other = part switch
        {
            "assignee" => goal with { Assignee = Assignee.User(Guid.NewGuid()) },
            "metric" => goal with { MetricCode = "won-deal-count" },
            "start" => goal with { PeriodStart = D("2026-03-02") },
            "end" => goal with { PeriodEnd = D("2026-03-30") },
            _ => goal with { Dimensions = new GoalDimensions(Region: "East") },
        };

        Assert.IsFalse(HierarchyRules.SameScope(goal, other with { Id = Guid.NewGuid() }));
        Assert.IsFalse(HierarchyRules.CheckDuplicate(goal, new[] { other with { Id = Guid.NewGuid() } }).Any());
        Assert.IsTrue(HierarchyRules.SameScope(goal, goal with { Id = Guid.NewGuid(), MetricCode = "WON-REVENUE" }));
    }

    [TestMethod]
    public void Render_ErrorAndWarning_ErrorListedFirst()
    {
        var goal = GoalBuilder.AGoal().WithTarget(2_000_000m).WithTiers(3_000_000m, 2_000_000m, null).Build() with { Name = "G" };

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(goal) { LastComparableActual = 1_000_000m });

        CollectionAssert.AreEqual(new[] { RuleCode.TiersOutOfOrder, RuleCode.TargetUnrealistic }, Codes(result.Problems));
        CollectionAssert.AreEqual(new[] { RuleCode.TiersOutOfOrder }, Codes(result.Errors));
        CollectionAssert.AreEqual(new[] { RuleCode.TargetUnrealistic }, Codes(result.Warnings));
        StringAssert.StartsWith(result.Render(RuleMessages.English), "Goal \"G\": the tiers must be in order");
        Assert.IsFalse(result.IsValid);
    }

    [TestMethod]
    public void Render_OnlyAWarning_StillValid()
    {
        var goal = GoalBuilder.AGoal().WithTarget(2_000_000m).Build();

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(goal) { LastComparableActual = 1_000_000m });

        Assert.IsTrue(result.IsValid);
        Assert.IsEmpty(result.Errors);
        Assert.HasCount(1, result.Warnings);
    }

    [TestMethod]
    public void Check_RepReassignsOwnGoalAndChangesTarget_JudgedOnTheStoredGoal()
    {
        var rep = Guid.NewGuid();
        var stored = GoalBuilder.AGoal().WithAssignee(Assignee.User(rep)).WithPeriod(FiscalCalendar.Month(2026, 3)).Build();
        var edited = stored with { Assignee = Assignee.User(Guid.NewGuid()), Target = 1m };

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(edited) { Before = stored, Actor = new ActingUser(rep) });

        CollectionAssert.AreEqual(new[] { RuleCode.OwnTargetChange }, Codes(result.Problems));
    }
}

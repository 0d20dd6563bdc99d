using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

[TestClass]
public class GoalRuleCheckerTests
{
    private const int En = RuleMessages.English;
    private const int Zh = RuleMessages.SimplifiedChinese;

    [TestMethod]
    // Rule 1: complete (SMART).
    [DataRow("no-metric", RuleCode.MetricMissing, En, "choose what it measures", "Goal")]
    [DataRow("no-metric", RuleCode.MetricMissing, Zh, "请选择考核指标", "Goal")]
    [DataRow("no-assignee", RuleCode.AssigneeMissing, En, "choose who owns it", "Goal")]
    [DataRow("no-assignee", RuleCode.AssigneeMissing, Zh, "请指定负责人", "Goal")]
    [DataRow("no-period", RuleCode.PeriodMissing, En, "start and end dates", "Goal")]
    [DataRow("no-period", RuleCode.PeriodMissing, Zh, "开始和结束日期", "Goal")]
    [DataRow("reversed-period", RuleCode.PeriodEndsBeforeStart, En, "ends (2026-01-01) before it starts (2026-03-31)", "Goal")]
    [DataRow("reversed-period", RuleCode.PeriodEndsBeforeStart, Zh, "结束日期（2026-01-01）早于开始日期（2026-03-31）", "Goal")]
    [DataRow("month-not-whole", RuleCode.PeriodInconsistentWithType, En, "not one whole month", "2026-03-01")]
    [DataRow("month-not-whole", RuleCode.PeriodInconsistentWithType, Zh, "不是一个完整的月度", "2026-03-01")]
    [DataRow("zero-target", RuleCode.TargetNotPositive, En, "greater than zero", "0.00")]
    [DataRow("zero-target", RuleCode.TargetNotPositive, Zh, "必须大于零", "0.00")]
    [DataRow("root-no-strategy", RuleCode.RootStrategyMissing, En, "state the strategy", "Goal")]
    [DataRow("root-no-strategy", RuleCode.RootStrategyMissing, Zh, "支撑的战略", "Goal")]
    // Rule 2: tiers in order.
    [DataRow("tiers-reversed", RuleCode.TiersOutOfOrder, En, "base 600,000.00, target 500,000.00", "base ≤ target ≤ stretch")]
    [DataRow("tiers-reversed", RuleCode.TiersOutOfOrder, Zh, "基础 600,000.00，挑战 500,000.00", "基础目标 ≤ 挑战目标 ≤ 超越目标")]
    // Rule 3: hierarchy.
    [DataRow("child-two-axes", RuleCode.ChildChangesSeveralAxes, En, "more than one way (time, assignee)", "Company 2026")]
    [DataRow("child-two-axes", RuleCode.ChildChangesSeveralAxes, Zh, "有多处不同（时间、负责人）", "Company 2026")]
    [DataRow("mixed-siblings", RuleCode.MixedSplitAxes, En, "more than one axis (assignee, dimension)", "Company 2026")]
    [DataRow("mixed-siblings", RuleCode.MixedSplitAxes, Zh, "多个方式分解（负责人、业务维度）", "Company 2026")]
    [DataRow("child-outside", RuleCode.ChildOutsideParentPeriod, En, "(2026-12-01 to 2027-01-31) lies outside", "2026-12-31")]
    [DataRow("child-outside", RuleCode.ChildOutsideParentPeriod, Zh, "（2026-12-01 至 2027-01-31）超出了上级目标", "2026-12-31")]
    [DataRow("child-overlap", RuleCode.ChildPeriodsOverlap, En, "overlaps \"H1\" (2026-01-01 to 2026-06-30)", "From June")]
    [DataRow("child-overlap", RuleCode.ChildPeriodsOverlap, Zh, "与“H1”（2026-01-01 至 2026-06-30）时间重叠", "From June")]
    [DataRow("duplicate", RuleCode.DuplicateScope, En, "duplicates \"Existing 2026 goal\"", "New 2026 goal")]
    [DataRow("duplicate", RuleCode.DuplicateScope, Zh, "与“Existing 2026 goal”重复", "New 2026 goal")]
    [DataRow("metric-differs", RuleCode.ChildMetricDiffers, En, "measures won-deal-count but its parent", "won-revenue")]
    [DataRow("metric-differs", RuleCode.ChildMetricDiffers, Zh, "指标是 won-deal-count", "won-revenue")]
    [DataRow("dimension-conflict", RuleCode.ChildDimensionConflict, En, "has region \"West\"", "\"East\"")]
    [DataRow("dimension-conflict", RuleCode.ChildDimensionConflict, Zh, "区域为“West”", "“East”")]
    [DataRow("same-scope-as-parent", RuleCode.ChildSameScopeAsParent, En, "same owner, period and filters as its parent", "Company 2026")]
    [DataRow("same-scope-as-parent", RuleCode.ChildSameScopeAsParent, Zh, "负责人、周期和筛选条件完全相同", "Company 2026")]
    // Rule 4: allocation on activation.
    [DataRow("under-allocated", RuleCode.UnderAllocated, En, "carry 90,000,000.00 of its target 100,000,000.00, 10,000,000.00 short", "cannot be activated")]
    [DataRow("under-allocated", RuleCode.UnderAllocated, Zh, "合计 90,000,000.00，低于挑战目标 100,000,000.00，还差 10,000,000.00", "无法激活")]
    [DataRow("over-allocated", RuleCode.OverAllocated, En, "carry 1,150,000.00, more than the 1,100,000.00 allowed", "10% over-assignment")]
    [DataRow("over-allocated", RuleCode.OverAllocated, Zh, "合计 1,150,000.00，超过允许的上限 1,100,000.00", "允许超额分配 10%")]
    // Rule 5: locks.
    [DataRow("locked-tier-edit", RuleCode.GoalLockedTierChange, En, "active quarter goal and is locked", "submit an adjustment request")]
    [DataRow("locked-tier-edit", RuleCode.GoalLockedTierChange, Zh, "已激活的季度目标，已被锁定，不能直接修改（当前挑战目标 2,300,000.00）", "请提交目标调整申请")]
    [DataRow("locked-scope-edit", RuleCode.GoalLockedScopeChange, En, "owner, metric, period, filters and parent cannot change", "quarter")]
    [DataRow("locked-scope-edit", RuleCode.GoalLockedScopeChange, Zh, "负责人、指标、周期、筛选条件和上级目标均不能修改", "季度")]
    // Rule 6: rights.
    [DataRow("own-target", RuleCode.OwnTargetChange, En, "cannot change the targets of your own goal", "adjustment request")]
    [DataRow("own-target", RuleCode.OwnTargetChange, Zh, "您不能修改自己的目标", "目标调整申请")]
    [DataRow("not-manager", RuleCode.NotGoalManager, En, "Only the manager of goal", "goal manager")]
    [DataRow("not-manager", RuleCode.NotGoalManager, Zh, "只有目标", "目标管理员")]
    // Rule 7: achievability.
    [DataRow("aggressive", RuleCode.TargetAggressive, En, "1,400,000.00 is 40% beyond", "1,000,000.00. That is aggressive")]
    [DataRow("aggressive", RuleCode.TargetAggressive, Zh, "1,400,000.00 比上一可比周期的实际结果 1,000,000.00 高出 40%", "较为激进")]
    [DataRow("unrealistic", RuleCode.TargetUnrealistic, En, "2,000,000.00 is 100% beyond", "unrealistic")]
    [DataRow("unrealistic", RuleCode.TargetUnrealistic, Zh, "高出 100%", "可能难以实现")]
    public void Check_RuleCase_ReportsCodeWithLocalizedFacts(string scenario, RuleCode expected, int lcid, string phrase, string fact)
    {
        var result = RuleScenarios.Run(scenario);

        var problem = result.Problems.Single(p => p.Code == expected);
        var text = RuleMessages.Render(problem, lcid);
        StringAssert.Contains(text, phrase);
        StringAssert.Contains(text, fact);
    }

    [TestMethod]
    [DataRow("aggressive")]
    [DataRow("unrealistic")]
    public void Check_AchievabilityFlag_WarnsWithoutBlocking(string scenario)
    {
        var result = RuleScenarios.Run(scenario);

        Assert.IsTrue(result.IsValid);
        Assert.AreEqual(RuleSeverity.Warning, result.Problems.Single().Severity);
    }

    [TestMethod]
    public void Check_SeveralProblems_ReportsThemAllTogether()
    {
        var goal = RuleScenarios.Goal().WithMetric(null).WithTiers(10m, 0m, null).Build() with { Assignee = null };

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(goal));

        CollectionAssert.AreEquivalent(
            new[] { RuleCode.MetricMissing, RuleCode.AssigneeMissing, RuleCode.TargetNotPositive, RuleCode.TiersOutOfOrder },
            result.Problems.Select(p => p.Code).ToArray());
        Assert.AreEqual(4, result.Render(RuleMessages.SimplifiedChinese).Split('\n').Length);
    }

    [TestMethod]
    public void Check_CompleteGoal_HasNoProblems()
    {
        var result = new GoalRuleChecker().Check(new GoalValidationRequest(RuleScenarios.Goal().WithTiers(800_000m, 1_000_000m, 1_200_000m).Build()) { LastComparableActual = 900_000m });

        Assert.IsTrue(result.IsValid);
        Assert.AreEqual(0, result.Problems.Count);
    }

    [TestMethod]
    public void Render_OtherLanguage_FallsBackToEnglish()
    {
        var problem = RuleScenarios.Run("zero-target").Problems.Single();

        Assert.AreEqual(RuleMessages.Render(problem, RuleMessages.English), RuleMessages.Render(problem, 1031));
    }

    [TestMethod]
    public void Check_LockedGoalChangedThroughApprovedAdjustment_IsAllowed()
    {
        var quarter = RuleScenarios.Goal().WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 1)).WithState(GoalState.Active).Build();

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(quarter with { Target = 2_000_000m })
        {
            Before = quarter,
            Actor = new ActingUser(Guid.NewGuid(), IsSystem: true),
            Context = EditContext.ApprovedAdjustment,
        });

        Assert.IsTrue(result.IsValid);
    }

    [TestMethod]
    public void Check_E10DirectEditOfLockedCompanyYearTarget_IsRejected()
    {
        var company = RuleScenarios.Company() with { State = GoalState.Active, ManagerId = Guid.NewGuid() };

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(company with { Target = 110_000_000m })
        {
            Before = company,
            Actor = new ActingUser(company.ManagerId!.Value),
        });

        Assert.IsFalse(result.IsValid);
        StringAssert.Contains(result.Render(RuleMessages.English), "year goal and is locked");
    }

    [TestMethod]
    public void Check_LockedEditWithoutActor_IsStillRejected()
    {
        var quarter = RuleScenarios.Goal().WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 1)).WithState(GoalState.Active).Build();

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(quarter with { Stretch = 3_000_000m }) { Before = quarter });

        Assert.IsTrue(result.Has(RuleCode.GoalLockedTierChange));
    }

    [TestMethod]
    public void Check_RepCreatesOwnGoal_IsOwnTargetChange()
    {
        var rep = Guid.NewGuid();
        var goal = RuleScenarios.Goal().WithAssignee(Assignee.User(rep)).Build();

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(goal) { Actor = new ActingUser(rep) });

        Assert.IsTrue(result.Has(RuleCode.OwnTargetChange));
    }

    [TestMethod]
    public void Check_ManagerRenamesLockedGoal_IsAllowed()
    {
        var quarter = RuleScenarios.Goal().WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 1)).WithState(GoalState.Active).Build();

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(quarter with { Name = "Q1 East (renamed)" }) { Before = quarter, Actor = new ActingUser(Guid.NewGuid()) });

        Assert.IsTrue(result.IsValid, result.Render(RuleMessages.English));
    }

    [TestMethod]
    [DataRow(false, true)]
    [DataRow(true, false)]
    public void Check_ManagerOrRoleHolderEditsFlexibleMonthGoal_IsAllowed(bool isManager, bool hasRole)
    {
        var manager = Guid.NewGuid();
        var month = RuleScenarios.Goal().WithManager(manager).WithPeriod(FiscalCalendar.Month(2026, 3)).WithState(GoalState.Active).Build();
        var actor = new ActingUser(isManager ? manager : Guid.NewGuid(), HasGoalManagerRole: hasRole);

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(month with { Target = 1_100_000m }) { Before = month, Actor = actor });

        Assert.IsTrue(result.IsValid);
    }

    [TestMethod]
    public void Check_RepInTeamEditsTeamTarget_IsOwnTargetChange()
    {
        var team = Guid.NewGuid();
        var month = RuleScenarios.Goal().WithAssignee(Assignee.Team(team)).WithPeriod(FiscalCalendar.Month(2026, 3)).Build();
        var rep = new ActingUser(Guid.NewGuid()) { TeamIds = new[] { team } };

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(month with { Target = 1m }) { Before = month, Actor = rep });

        Assert.IsTrue(result.Has(RuleCode.OwnTargetChange));
    }

    [TestMethod]
    public void Check_LockPolicyIncludingMonths_LocksActiveMonthGoal()
    {
        var month = RuleScenarios.Goal().WithPeriod(FiscalCalendar.Month(2026, 3)).WithState(GoalState.Active).Build();
        var checker = new GoalRuleChecker(locks: new LockPolicy(new[] { PeriodType.Month }));

        var result = checker.Check(new GoalValidationRequest(month with { Target = 1m }) { Before = month, Actor = new ActingUser(month.ManagerId!.Value) });

        Assert.IsTrue(result.Has(RuleCode.GoalLockedTierChange));
    }

    [TestMethod]
    public void Check_ActivationWithinAllowedOverAssignment_IsValid()
    {
        var parent = RuleScenarios.Company() with { Target = 1_000_000m, AllowedOverAssignmentPercent = 10m };
        var children = new[] { 600_000m, 500_000m }
            .Select((t, i) => RuleScenarios.Goal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithTarget(t).WithDimensions(new GoalDimensions(ProductLine: "PL" + i)).Build())
            .ToArray();

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(parent) { Children = children, Activating = true });

        Assert.IsTrue(result.IsValid);
        Assert.AreEqual(-100_000m, AllocationRules.Summarize(parent, children).Unallocated);
    }

    [TestMethod]
    public void Check_ValidTimeSplitChild_HasNoHierarchyProblems()
    {
        var parent = RuleScenarios.Company();
        var q1 = RuleScenarios.Goal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 1)).Build();
        var q2 = RuleScenarios.Goal().WithParent(parent).WithAssignee(parent.Assignee!.Value).WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 2)).Build();

        var result = new GoalRuleChecker().Check(new GoalValidationRequest(q2) { Parent = parent, Siblings = new[] { q1 } });

        Assert.IsTrue(result.IsValid, result.Render(RuleMessages.English));
    }
}

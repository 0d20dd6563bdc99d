using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

/// <summary>
/// Rules 4–6 at their edges: children carrying exactly the target or exactly the allowed maximum
/// (and one cent either side), which goals are locked, which edits touch tiers or scope, and who
/// may set a target.
/// </summary>
[TestClass]
public class AllocationAndEditBoundaryTests
{
    private static readonly Guid Manager = Guid.NewGuid();

    private static GoalSnapshot Parent(decimal allowedPercent) =>
        GoalBuilder.AGoal().WithTarget(1_000m).WithOverAssignment(allowedPercent).Build() with { Name = "Team" };

    private static GoalSnapshot[] Children(params decimal[] targets) =>
        targets.Select(t => GoalBuilder.AGoal().WithTarget(t).Build()).ToArray();

    [TestMethod]
    [DataRow(0.0, 1_000.0, null)]
    [DataRow(0.0, 999.99, RuleCode.UnderAllocated)]
    [DataRow(0.0, 1_000.01, RuleCode.OverAllocated)]
    [DataRow(10.0, 1_100.0, null)]
    [DataRow(10.0, 1_100.01, RuleCode.OverAllocated)]
    [DataRow(10.0, 999.99, RuleCode.UnderAllocated)]
    public void CheckActivation_ChildrenAroundTargetAndMaximum_BlockedOnlyOutside(double allowedPercent, double allocated, RuleCode? expected)
    {
        var parent = Parent((decimal)allowedPercent);
        var children = Children((decimal)allocated - 500m, 500m);

        var problems = AllocationRules.CheckActivation(parent, children).Select(p => p.Code).ToArray();
        var summary = AllocationRules.Summarize(parent, children);

        CollectionAssert.AreEqual(expected.HasValue ? new[] { expected.Value } : Array.Empty<RuleCode>(), problems);
        Assert.AreEqual(!expected.HasValue, summary.CanActivate);
        Assert.AreEqual(1_000m - (decimal)allocated, summary.Unallocated);
    }

    [TestMethod]
    [DataRow(1_000.0, 10.0, 2, 1_100.0)]
    [DataRow(333.0, 10.0, 0, 366.0)]
    [DataRow(335.0, 10.0, 0, 369.0)]
    [DataRow(1_000.0, 0.0, 2, 1_000.0)]
    [DataRow(1_000.0, 5.5, 2, 1_055.0)]
    public void Summarize_AllowedOverAssignment_MaximumRoundedToThePrecision(double target, double percent, int precision, double maximum)
    {
        var parent = GoalBuilder.AGoal().WithTarget((decimal)target).WithOverAssignment((decimal)percent).WithPrecision(precision).Build();

        var summary = AllocationRules.Summarize(parent, Children(1m, 2m));

        Assert.AreEqual(new AllocationSummary((decimal)target, 3m, (decimal)maximum), summary);
    }

    [TestMethod]
    public void CheckActivation_NoChildren_NothingToCheck()
    {
        Assert.IsFalse(AllocationRules.CheckActivation(Parent(0m), Array.Empty<GoalSnapshot>()).Any());
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "Goal \"Team\" cannot be activated: its children carry 1,100.01, more than the 1,100.00 allowed (target 1,000.00 plus 10% over-assignment).")]
    [DataRow(RuleMessages.SimplifiedChinese, "目标“Team”无法激活：下级目标合计 1,100.01，超过允许的上限 1,100.00（挑战目标 1,000.00，允许超额分配 10%）。")]
    public void CheckActivation_OneCentOverTheMaximum_MessageWithAllFigures(int lcid, string expected)
    {
        var problem = AllocationRules.CheckActivation(Parent(10m), Children(600.01m, 500m)).Single();

        Assert.AreEqual(expected, RuleMessages.Render(problem, lcid));
    }

    [TestMethod]
    [DataRow(GoalState.Draft, PeriodType.Quarter, false, false)]
    [DataRow(GoalState.Draft, PeriodType.Month, true, true)]
    [DataRow(GoalState.Active, PeriodType.Quarter, false, true)]
    [DataRow(GoalState.Active, PeriodType.Year, false, true)]
    [DataRow(GoalState.Active, PeriodType.Month, false, false)]
    [DataRow(GoalState.Closed, PeriodType.Quarter, false, true)]
    public void IsLocked_StateTypeAndFlag_DefaultPolicyLocksActiveQuartersAndYears(GoalState state, PeriodType type, bool flagged, bool expected)
    {
        var period = FiscalCalendar.Gregorian.PeriodContaining(type, new LocalDate(2026, 3, 10));
        var goal = GoalBuilder.AGoal().WithPeriod(period).WithState(state).Build() with { IsLocked = flagged };

        Assert.AreEqual(expected, LockPolicy.Default.IsLocked(goal));
    }

    [TestMethod]
    public void LockingPeriodTypes_CustomPolicy_ListedInOrder()
    {
        var policy = new LockPolicy(new[] { PeriodType.Month, PeriodType.Year, PeriodType.Month });

        CollectionAssert.AreEqual(new[] { PeriodType.Year, PeriodType.Month }, policy.LockingPeriodTypes.ToArray());
        CollectionAssert.AreEqual(new[] { PeriodType.Year, PeriodType.Quarter }, LockPolicy.Default.LockingPeriodTypes.ToArray());
    }

    [TestMethod]
    [DataRow("base", true)]
    [DataRow("target", true)]
    [DataRow("stretch", true)]
    [DataRow("name", false)]
    public void TiersChanged_OneFieldEdited_OnlyTierFieldsCount(string field, bool expected)
    {
        var before = GoalBuilder.AGoal().WithTiers(80m, 100m, 120m).Build();
        var after = field switch
        {
            "base" => before with { Base = 81m },
            "target" => before with { Target = 101m },
            "stretch" => before with { Stretch = null },
            _ => before with { Name = "Renamed" },
        };

        Assert.AreEqual(expected, EditRules.TiersChanged(before, after));
        Assert.IsFalse(EditRules.ScopeChanged(before, after));
    }

    [TestMethod]
    [DataRow("assignee")]
    [DataRow("metric")]
    [DataRow("type")]
    [DataRow("start")]
    [DataRow("end")]
    [DataRow("dimensions")]
    [DataRow("parent")]
    public void ScopeChanged_OneScopeFieldEdited_IsAScopeChange(string field)
    {
        var before = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Month(2026, 3)).Build();
        var after = field switch
        {
            "assignee" => before with { Assignee = Assignee.User(Guid.NewGuid()) },
            "metric" => before with { MetricCode = "won-deal-count" },
            "type" => before with { PeriodType = PeriodType.Custom },
            "start" => before with { PeriodStart = new LocalDate(2026, 3, 2) },
            "end" => before with { PeriodEnd = new LocalDate(2026, 3, 30) },
            "dimensions" => before with { Dimensions = new GoalDimensions(Segment: "KA") },
            _ => before with { ParentId = Guid.NewGuid() },
        };

        Assert.IsTrue(EditRules.ScopeChanged(before, after));
        Assert.IsFalse(EditRules.TiersChanged(before, after));
    }

    [TestMethod]
    public void ScopeChanged_MetricCodeInOtherCaseAndSameFilterRetyped_IsNoChange()
    {
        var before = GoalBuilder.AGoal().WithDimensions(new GoalDimensions(Region: "East")).Build();
        var after = before with { MetricCode = "WON-REVENUE", Dimensions = new GoalDimensions(Region: " east ") };

        Assert.IsFalse(EditRules.ScopeChanged(before, after));
    }

    [TestMethod]
    [DataRow(false, false, false, false)]
    [DataRow(true, false, false, true)]
    [DataRow(false, true, true, false)]
    [DataRow(true, true, true, false)]
    public void CheckLock_LockedGoal_TierEditsNeedAnApprovedAdjustmentScopeEditsNeverPass(bool changeTiers, bool changeScope, bool viaAdjustment, bool tierProblem)
    {
        var before = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 1)).WithState(GoalState.Active).Build();
        var after = before with { Target = changeTiers ? 2_000_000m : before.Target, ParentId = changeScope ? Guid.NewGuid() : before.ParentId };
        var context = viaAdjustment ? EditContext.ApprovedAdjustment : EditContext.Direct;

        var codes = EditRules.CheckLock(before, after, context, LockPolicy.Default).Select(p => p.Code).ToList();

        Assert.AreEqual(tierProblem, codes.Contains(RuleCode.GoalLockedTierChange));
        Assert.AreEqual(changeScope, codes.Contains(RuleCode.GoalLockedScopeChange));
    }

    [TestMethod]
    public void CheckLock_UnlockedGoal_AnyEditPasses()
    {
        var before = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Month(2026, 3)).WithState(GoalState.Active).Build();
        var after = before with { Target = 1m, Assignee = Assignee.User(Guid.NewGuid()) };

        Assert.IsFalse(EditRules.CheckLock(before, after, EditContext.Direct, LockPolicy.Default).Any());
    }

    [TestMethod]
    [DataRow(true, true, "recorded results and a change history", "已记录业绩并有目标变更历史")]
    [DataRow(true, false, "recorded results", "已记录业绩")]
    [DataRow(false, true, "a change history", "有目标变更历史")]
    public void CheckDeleteHistory_ResultsOrChanges_NamesWhatWouldBeLost(bool results, bool changes, string english, string chinese)
    {
        var goal = GoalBuilder.AGoal().Build();

        var problem = EditRules.CheckDeleteHistory(goal, results, changes).Single();

        Assert.AreEqual(RuleCode.GoalHasHistory, problem.Code);
        Assert.AreEqual(english, problem.Parameters["history"]);
        Assert.AreEqual(chinese, problem.Parameters["historyZh"]);
    }

    [TestMethod]
    public void CheckDeleteHistory_NoHistory_MayBeDeleted()
    {
        Assert.IsFalse(EditRules.CheckDeleteHistory(GoalBuilder.AGoal().Build(), false, false).Any());
    }

    [TestMethod]
    [DataRow("manager", false, false, null)]
    [DataRow("role", false, true, null)]
    [DataRow("system", true, false, null)]
    [DataRow("assignee", false, false, RuleCode.OwnTargetChange)]
    [DataRow("stranger", false, false, RuleCode.NotGoalManager)]
    [DataRow("team-member", false, false, RuleCode.OwnTargetChange)]
    [DataRow("other-team", false, false, RuleCode.NotGoalManager)]
    public void CheckRightsToSetTargets_Actor_OnlyManagersRoleHoldersAndThePlatform(string who, bool isSystem, bool hasRole, RuleCode? expected)
    {
        var rep = Guid.NewGuid();
        var team = Guid.NewGuid();
        var teamGoal = who is "team-member" or "other-team";
        var goal = GoalBuilder.AGoal().WithManager(Manager).WithAssignee(teamGoal ? Assignee.Team(team) : Assignee.User(rep)).Build();
        var userId = who switch { "manager" => Manager, "assignee" => rep, _ => Guid.NewGuid() };
        var actor = new ActingUser(userId, hasRole, isSystem) { TeamIds = who == "team-member" ? new[] { team } : new[] { Guid.NewGuid() } };

        var codes = EditRules.CheckRightsToSetTargets(goal, actor).Select(p => p.Code).ToArray();

        CollectionAssert.AreEqual(expected.HasValue ? new[] { expected.Value } : Array.Empty<RuleCode>(), codes);
    }

    [TestMethod]
    public void CheckRightsToSetTargets_ManagerWhoIsInTheGoalsTeam_MaySetIt()
    {
        var team = Guid.NewGuid();
        var goal = GoalBuilder.AGoal().WithManager(Manager).WithAssignee(Assignee.Team(team)).Build();

        Assert.IsFalse(EditRules.CheckRightsToSetTargets(goal, new ActingUser(Manager) { TeamIds = new[] { team } }).Any());
    }

    [TestMethod]
    public void CheckRightsToSetTargets_GoalWithoutAssignee_OnlyItsManager()
    {
        var goal = GoalBuilder.AGoal().WithManager(Manager).Build() with { Assignee = null };

        Assert.IsFalse(EditRules.CheckRightsToSetTargets(goal, new ActingUser(Manager)).Any());
        CollectionAssert.AreEqual(new[] { RuleCode.NotGoalManager }, EditRules.CheckRightsToSetTargets(goal, new ActingUser(Guid.NewGuid())).Select(p => p.Code).ToArray());
    }

    [TestMethod]
    [DataRow(false, true)]
    [DataRow(true, false)]
    public void CheckEdit_TierChangeByARep_RefusedUnlessViaApprovedAdjustment(bool viaAdjustment, bool refused)
    {
        var rep = Guid.NewGuid();
        var before = GoalBuilder.AGoal().WithManager(Manager).WithAssignee(Assignee.User(rep)).WithPeriod(FiscalCalendar.Month(2026, 3)).Build();
        var context = viaAdjustment ? EditContext.ApprovedAdjustment : EditContext.Direct;

        var tierEdit = EditRules.CheckEdit(before, before with { Target = 5m }, new ActingUser(rep), context, LockPolicy.Default).Select(p => p.Code).ToArray();
        var rename = EditRules.CheckEdit(before, before with { Name = "x" }, new ActingUser(rep), context, LockPolicy.Default);

        CollectionAssert.AreEqual(refused ? new[] { RuleCode.OwnTargetChange } : Array.Empty<RuleCode>(), tierEdit);
        Assert.IsFalse(rename.Any());
    }
}

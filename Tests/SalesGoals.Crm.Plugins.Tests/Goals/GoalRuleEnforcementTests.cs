using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Goals;

/// <summary>goals.md §5 through the real pipeline: clear error in the caller's language, nothing written.</summary>
[TestClass]
public sealed class GoalRuleEnforcementTests
{
    private static int GoalCount(GoalWorld world) =>
        world.AsSystem.RetrieveMultiple(new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(false) }).Entities.Count;

    private static GoalWorld WorldIn(int language)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        world.Env.Seed.UserLanguage(world.Rep, language);
        return world;
    }

    [TestMethod]
    [DataRow("no-metric", 1033, "choose what it measures")]
    [DataRow("no-metric", 2052, "请选择考核指标")]
    [DataRow("zero-target", 1033, "the target must be greater than zero")]
    [DataRow("zero-target", 2052, "挑战目标必须大于零")]
    [DataRow("no-strategy", 1033, "state the strategy it serves")]
    [DataRow("no-strategy", 2052, "没有上级目标")]
    [DataRow("tiers", 1033, "base ≤ target ≤ stretch")]
    [DataRow("tiers", 2052, "基础目标 ≤ 挑战目标 ≤ 超越目标")]
    [DataRow("period", 1033, "is not one whole")]
    public void Create_BreakingARule_IsCancelledInTheCallersLanguageAndWritesNothing(string scenario, int language, string expected)
    {
        var world = WorldIn(language);
        var goal = world.Goal("Q1 East");
        _ = scenario switch
        {
            "no-metric" => goal.With(F.MetricId, null),
            "zero-target" => goal.Tiers(null, 0m, null),
            "no-strategy" => goal.With(F.Strategy, null),
            "tiers" => goal.Tiers(600_000m, 500_000m, 550_000m),
            "period" => goal.Period(100000001, new DateTime(2026, 1, 1), new DateTime(2026, 2, 28)),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        var message = Faults.MessageOf(() => goal.Create());

        StringAssert.Contains(message, expected);
        Assert.AreEqual(0, GoalCount(world));
    }

    [TestMethod]
    public void Create_ValidGoal_IsOwnedByItsAssigneeWithAScopeKey()
    {
        var world = GoalWorld.Create();

        var id = world.Goal("Q1 East").Create();

        var row = world.Read(id);
        Assert.AreEqual(world.Rep, row.GetAttributeValue<EntityReference>(F.OwnerId).Id);
        Assert.IsFalse(string.IsNullOrEmpty(row.GetAttributeValue<string>(F.ScopeKey)));
    }

    [TestMethod]
    [DataRow(1033, "duplicates")]
    [DataRow(2052, "重复")]
    public void Create_SameScopeMetricAndPeriodTwice_IsRejected(int language, string expected)
    {
        var world = WorldIn(language);
        world.Goal("Q1 East").Create();

        var message = Faults.MessageOf(() => world.Goal("Q1 East again").Create());

        StringAssert.Contains(message, expected);
        Assert.AreEqual(1, GoalCount(world));
    }

    [TestMethod]
    [DataRow(1033, "submit an adjustment request")]
    [DataRow(2052, "请提交目标调整申请")]
    public void Update_TargetOfLockedActiveQuarterGoal_IsRejectedWithHowToRequestAnAdjustment(int language, string expected)
    {
        var world = WorldIn(language);
        var id = world.Goal("Q1 East").Active().Create();

        var message = Faults.MessageOf(() => world.AsManager.Update(new Entity(SgGoal.LogicalName, id) { [F.TargetValue] = 550_000m }));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(500_000m, world.Read(id).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    [DataRow(1033, "your own goal")]
    [DataRow(2052, "您不能修改自己的目标")]
    public void Update_RepChangesOwnMonthTarget_IsRejected(int language, string expected)
    {
        var world = WorldIn(language);
        var id = world.Goal("March").Month(3).Create();

        var message = Faults.MessageOf(() => world.AsRep.Update(new Entity(SgGoal.LogicalName, id) { [F.TargetValue] = 100_000m }));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(500_000m, world.Read(id).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    public void Update_ManagerChangesFlexibleMonthTarget_IsAccepted()
    {
        var world = GoalWorld.Create();
        var id = world.Goal("March").Month(3).Active().Create();

        world.AsManager.Update(new Entity(SgGoal.LogicalName, id) { [F.TargetValue] = 550_000m });

        Assert.AreEqual(550_000m, world.Read(id).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    public void Update_GoalManagerRoleHeldThroughATeam_MayChangeARepsTarget()
    {
        var world = GoalWorld.Create();
        var ops = world.Env.Seed.User("Olivia Ops", languageId: 1033);
        var team = world.Env.Seed.Team("Sales Operations", null, ops);
        world.Env.Seed.AssignTeamRole(team, PlatformTables.GoalManagerRoleName);
        var id = world.Goal("March").Month(3).Active().Create();

        world.Env.GetOrganizationService(ops).Update(new Entity(SgGoal.LogicalName, id) { [F.TargetValue] = 550_000m });

        Assert.AreEqual(550_000m, world.Read(id).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    public void Update_SameUserWhoseTeamHasNoGoalManagerRole_IsRejected()
    {
        var world = GoalWorld.Create();
        var ops = world.Env.Seed.User("Olivia Ops", languageId: 1033);
        world.Env.Seed.Team("Sales Operations", null, ops);
        var id = world.Goal("March").Month(3).Active().Create();

        _ = Faults.MessageOf(() => world.Env.GetOrganizationService(ops).Update(new Entity(SgGoal.LogicalName, id) { [F.TargetValue] = 550_000m }));

        Assert.AreEqual(500_000m, world.Read(id).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    [DataRow(1033, "cannot be activated")]
    [DataRow(2052, "无法激活")]
    public void Activate_ParentWhoseChildrenDoNotCoverItsTarget_IsRejected(int language, string expected)
    {
        var world = WorldIn(language);
        var parent = world.Goal("2026").Year().Tiers(null, 1_000_000m, null).SplitBy(100000003).Create();
        world.Goal("2026 hardware").Year().Tiers(null, 400_000m, null).Parent(parent, 100000000).Create();

        var message = Faults.MessageOf(() => world.AsManager.Update(new Entity(SgGoal.LogicalName, parent) { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive) }));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(SgGoal.Options.StatusDraft, world.Read(parent).GetAttributeValue<OptionSetValue>(F.GoalStatus)?.Value ?? SgGoal.Options.StatusDraft);
    }

    [TestMethod]
    public void Delete_LockedActiveGoal_IsRejectedAndKept()
    {
        var world = GoalWorld.Create();
        var id = world.Goal("Q1 East").Active().Create();

        _ = Faults.MessageOf(() => world.AsManager.Delete(SgGoal.LogicalName, id));

        Assert.AreEqual(1, GoalCount(world));
    }
}

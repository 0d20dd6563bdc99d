using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Goals;

/// <summary>What the rule service brings to the engine: the parent, the siblings, the metric's precision, and which
/// updates are definition changes at all.</summary>
[TestClass]
public sealed class GoalRuleServiceTests
{
    private const int TimeSplit = 100000001;

    [TestMethod]
    public void Create_ChildMeasuringAnotherMetricThanItsParent_IsRefused()
    {
        // Arrange: a year goal on won revenue split by time; a Q1 child measuring won deals.
        var world = GoalWorld.Create();
        world.Goal("Other year").Year().Tiers(null, 1_000_000m, null).Metric(MetricCodes.WonDealCount).Assignee(world.OtherRep).Create();
        var parent = world.Goal("2026").Year().Tiers(null, 1_000_000m, null).SplitBy(TimeSplit).Create();
        var child = world.Goal("Q1").Metric(MetricCodes.WonDealCount).Tiers(null, 100m, null).Parent(parent);

        // Act
        var message = Faults.MessageOf(() => child.Create());

        // Assert
        StringAssert.Contains(message, $"Goal \"Q1\" measures {MetricCodes.WonDealCount} but its parent \"2026\" measures {MetricCodes.WonRevenue}");
    }

    [TestMethod]
    public void Create_ChildOverlappingASiblingOfATimeSplit_IsRefused()
    {
        // Arrange: Q1 already under the year; February lies inside Q1.
        var world = GoalWorld.Create();
        var parent = world.Goal("2026").Year().Tiers(null, 1_000_000m, null).SplitBy(TimeSplit).Create();
        world.Goal("Q1").Tiers(null, 250_000m, null).Parent(parent).Create();

        // Act
        var message = Faults.MessageOf(() => world.Goal("February").Month(2).Tiers(null, 80_000m, null).Parent(parent).Create());

        // Assert
        StringAssert.Contains(message, "Goal \"February\" (2026-02-01 to 2026-02-28) overlaps \"Q1\"");
    }

    [TestMethod]
    public void Create_ChildOfATimeSplitNextToAnotherPeriod_IsAccepted()
    {
        var world = GoalWorld.Create();
        var parent = world.Goal("2026").Year().Tiers(null, 1_000_000m, null).SplitBy(TimeSplit).Create();
        world.Goal("Q1").Tiers(null, 250_000m, null).Parent(parent).Create();

        var april = world.Goal("April").Month(4).Tiers(null, 80_000m, null).Parent(parent).Create();

        Assert.AreEqual(parent, world.Read(april).GetAttributeValue<EntityReference>(F.ParentGoalId).Id);
    }

    [TestMethod]
    [DataRow(MetricCodes.WonDealCount, 12, 10, 11, "(base 12, target 10, stretch 11)")]
    [DataRow(MetricCodes.WonRevenue, 12, 10, 11, "(base 12.00, target 10.00, stretch 11.00)")]
    [DataRow(MetricCodes.WonRevenue, 600_000, 500_000, 550_000, "(base 600,000.00, target 500,000.00, stretch 550,000.00)")]
    public void Create_TiersOutOfOrder_ShowsTheFiguresInTheMetricsPrecision(string metric, int baseValue, int target, int stretch, string expected)
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Metric(metric).Tiers(baseValue, target, stretch);

        var message = Faults.MessageOf(() => goal.Create());

        StringAssert.Contains(message, expected);
    }

    [TestMethod]
    public void Update_LockedTargetSentTogetherWithAComputedColumn_IsStillRefused()
    {
        var world = GoalWorld.Create();
        var id = world.Goal("Q1 East").Active().Create();

        var message = Faults.MessageOf(() => world.AsManager.Update(new Entity(SgGoal.LogicalName, id) { [F.TargetValue] = 550_000m, [F.Actual] = 1m }));

        StringAssert.Contains(message, "submit an adjustment request");
        Assert.AreEqual(500_000m, world.Read(id).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void CheckUpdate_OnlyComputedColumns_ChecksNothing(bool withId)
    {
        // Arrange: a stored goal that breaks rule 1 (no metric); the plug-ins write its actual (and maybe name its id).
        var world = GoalWorld.Create();
        var stored = world.Goal("Q1 East").With(F.MetricId, null).Build();
        stored.Id = Guid.NewGuid();
        var target = new Entity(SgGoal.LogicalName, stored.Id) { [F.Actual] = 1m, [F.Unallocated] = null };
        if (withId)
        {
            target[F.Id] = stored.Id;
        }

        var rules = new GoalRuleService(new GoalRepository(world.AsSystem));

        // Act: returns without a violation
        rules.CheckUpdate(target, stored, new ActingUser(world.Manager, HasGoalManagerRole: true), EditContext.Direct);

        // Assert: the definition change alongside is checked
        target[F.Name] = "Q1 East (renamed)";
        Assert.ThrowsExactly<GoalRuleViolationException>(() => rules.CheckUpdate(target, stored, new ActingUser(world.Manager, HasGoalManagerRole: true), EditContext.Direct));
    }

    [TestMethod]
    [DataRow(true, true)]
    [DataRow(false, false)]
    public void CheckDelete_CheckerGiven_UsesItsLockPolicy(bool monthsLock, bool refused)
    {
        // Arrange: an active month goal; months lock only under the given policy.
        var world = GoalWorld.Create();
        var id = world.Goal("March").Month(3).Active().Create();
        var stored = world.Read(id);
        var checker = monthsLock ? new GoalRuleChecker(locks: new LockPolicy(new[] { PeriodType.Month })) : null;
        var rules = new GoalRuleService(new GoalRepository(world.AsSystem), checker);

        // Act
        var error = Record(() => rules.CheckDelete(stored, new ActingUser(world.Manager, HasGoalManagerRole: true)));

        // Assert
        Assert.AreEqual(refused, error is GoalRuleViolationException, error?.Message);
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (GoalRuleViolationException e)
        {
            return e;
        }
    }
}

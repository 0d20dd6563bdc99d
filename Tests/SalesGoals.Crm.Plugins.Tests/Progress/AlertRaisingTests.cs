using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAlert.Fields;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Progress;

/// <summary>goals.md §7: which alerts a goal raises and closes as its tier and pace status move, whose they are, and
/// that each goal's at-risk episode is its own.</summary>
[TestClass]
public sealed class AlertRaisingTests
{
    private static readonly DateTimeOffset MidJanuary = new(2026, 1, 12, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Sunday15Feb = new(2026, 2, 15, 12, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    public void Win_ReachesTargetThenStretch_AnnouncesEachOnceToTheAssignee()
    {
        // Arrange: base 400,000, target 500,000, stretch 600,000.
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 East").Active().Create();

        // Act
        world.Win(world.Opportunity(world.Rep), 520_000m, new DateTime(2026, 1, 5));
        var afterTarget = Alerts(world, goal, SgGoalAlert.Options.KindAchieved, SgGoalAlert.Options.KindStretch);
        world.Win(world.Opportunity(world.Rep), 100_000m, new DateTime(2026, 1, 6));
        world.Win(world.Opportunity(world.Rep), 10_000m, new DateTime(2026, 1, 7));

        // Assert
        CollectionAssert.AreEqual(new[] { SgGoalAlert.Options.KindAchieved }, afterTarget.Select(Kind).ToArray());
        var announced = Alerts(world, goal, SgGoalAlert.Options.KindAchieved, SgGoalAlert.Options.KindStretch);
        CollectionAssert.AreEquivalent(new[] { SgGoalAlert.Options.KindAchieved, SgGoalAlert.Options.KindStretch }, announced.Select(Kind).ToArray(), "each crossing once");
        foreach (var alert in announced)
        {
            Assert.AreEqual("Q1 East", alert.GetAttributeValue<string>(A.Name));
            Assert.AreEqual(world.Rep, alert.GetAttributeValue<EntityReference>(A.AssigneeId)?.Id, "the assignee is told");
            Assert.AreEqual(world.Rep, alert.GetAttributeValue<EntityReference>(A.OwnerId)?.Id, "and owns the alert");
            Assert.AreEqual(SgGoalAlert.Options.StatusOpen, alert.GetAttributeValue<OptionSetValue>(A.AlertStatus).Value);
        }
    }

    [TestMethod]
    public void Win_LeafAndParentReachTheirTargets_BothAnnouncedWithOneCreateMultiple()
    {
        // Arrange: a split parent (the manager's) over the rep's leaf, both at a 500,000 target.
        var world = GoalWorld.Create(MidJanuary);
        var parent = world.Env.Seed.Row(world.Goal("East").Assignee(world.Manager).Tiers(null, 500_000m, null).SplitBy(100000001).Active().Build());
        var leaf = world.Env.Seed.Row(world.Goal("East – Ray").Tiers(null, 500_000m, null).Parent(parent).Active().Build());
        var deal = world.Opportunity(world.Rep);

        // Act
        var calls = PluginCalls.During(world.Env, () => world.Win(deal, 510_000m, new DateTime(2026, 1, 5)));

        // Assert
        Assert.HasCount(1, Alerts(world, leaf, SgGoalAlert.Options.KindAchieved));
        var parentAlert = Alerts(world, parent, SgGoalAlert.Options.KindAchieved).Single();
        Assert.AreEqual(world.Manager, parentAlert.GetAttributeValue<EntityReference>(A.AssigneeId)?.Id);
        Assert.AreEqual(1, calls.Count("CreateMultiple", SgGoalAlert.LogicalName), "the goals' alerts are created together");
    }

    [TestMethod]
    public void Adjustment_TargetLoweredBelowTheActualOfAnAtRiskGoal_ResolvesTheAlertAndAnnouncesAchieved()
    {
        // Arrange: 650,000 of 2,300,000 won, at risk on 15 Feb; the clock then stands on 16 Feb.
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 2026").Tiers(null, 2_300_000m, null).Active().Create();
        world.Win(world.Opportunity(world.Rep), 650_000m, new DateTime(2026, 1, 5));
        world.EvaluatePace(Sunday15Feb);
        var atRisk = Alerts(world, goal, SgGoalAlert.Options.KindAtRisk).Single(a => Status(a) == SgGoalAlert.Options.StatusOpen);
        world.Time.Advance(new DateTimeOffset(2026, 2, 16, 2, 0, 0, TimeSpan.Zero) - world.Time.GetUtcNow());
        var request = world.Adjustment("Q1 realistic").Line(goal, newTarget: 600_000m).Submit(world.Rep);

        // Act
        AdjustmentFlow.Approve(world, request, world.Director);

        // Assert
        var resolved = world.AsSystem.Retrieve(SgGoalAlert.LogicalName, atRisk.Id, new ColumnSet(true));
        Assert.AreEqual(SgGoalAlert.Options.StatusResolved, Status(resolved));
        Assert.AreEqual(SgGoalAlert.Options.ResolutionBackOnTrack, resolved.GetAttributeValue<OptionSetValue>(A.Resolution).Value);
        Assert.HasCount(1, Alerts(world, goal, SgGoalAlert.Options.KindAchieved), "reaching the new target is announced");
    }

    [TestMethod]
    public void EvaluatePace_AnotherGoalAlreadyHasAnOpenAtRiskAlert_EachGoalGetsItsOwn()
    {
        // Arrange: on 12 Jan the quarter has nothing won (at risk, alerted on activation); February has not begun.
        var world = GoalWorld.Create(MidJanuary);
        var quarter = world.Goal("Q1 2026").Tiers(null, 2_300_000m, null).Active().Create();
        var february = world.Goal("Feb 2026").Month(2).Tiers(null, 500_000m, null).Active().Create();
        Assert.HasCount(1, OpenAtRisk(world, quarter));
        Assert.IsEmpty(OpenAtRisk(world, february));

        // Act
        var response = world.EvaluatePace(Sunday15Feb);

        // Assert
        Assert.AreEqual(2, response.Results[Plugins.Progress.EvaluatePace.AtRiskOutput]);
        Assert.HasCount(1, OpenAtRisk(world, quarter), "still its one episode");
        Assert.HasCount(1, OpenAtRisk(world, february), "February's own alert, not the quarter's");
    }

    [TestMethod]
    public void EvaluatePace_ImportedGoalWithAnOpenAtRiskAlertButNoStatusYet_RaisesNoSecondAlert()
    {
        // Arrange: a goal loaded straight into the table (as a migration would) with its open at-risk alert, never evaluated.
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Env.Seed.Row(world.Goal("Q1 2026").Tiers(null, 2_300_000m, null).Active().Build());
        world.Env.Seed.Row(new Entity(SgGoalAlert.LogicalName)
        {
            [A.Name] = "Q1 2026",
            [A.GoalId] = new EntityReference(SgGoal.LogicalName, goal),
            [A.Kind] = new OptionSetValue(SgGoalAlert.Options.KindAtRisk),
            [A.AlertStatus] = new OptionSetValue(SgGoalAlert.Options.StatusOpen),
        });
        Assert.IsNull(world.Read(goal).GetAttributeValue<OptionSetValue>(F.PaceStatus));

        // Act
        world.EvaluatePace(Sunday15Feb);

        // Assert
        Assert.AreEqual(100000002, world.Read(goal).GetAttributeValue<OptionSetValue>(F.PaceStatus).Value, "at risk");
        Assert.HasCount(1, OpenAtRisk(world, goal));
    }

    [TestMethod]
    public void EvaluatePace_ImportedGoalPastItsTargetWhenItsPeriodEnds_AnnouncesAchievedAsItCloses()
    {
        // Arrange: a Q1 goal loaded straight into the table with 520,000 of its 500,000 target, never evaluated.
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Env.Seed.Row(world.Goal("Q1 East").With(F.ActualNumerator, 520_000m).With(F.Actual, 520_000m).Active().Build());

        // Act
        world.EvaluatePace(new DateTime(2026, 4, 1, 12, 0, 0, DateTimeKind.Utc));

        // Assert
        Assert.AreEqual(SgGoal.Options.StatusClosed, world.Read(goal).GetAttributeValue<OptionSetValue>(F.GoalStatus).Value);
        Assert.HasCount(1, Alerts(world, goal, SgGoalAlert.Options.KindAchieved), "reaching the target is still announced");
        Assert.IsEmpty(Alerts(world, goal, SgGoalAlert.Options.KindAtRisk, SgGoalAlert.Options.KindStretch));
    }

    [TestMethod]
    public void Reopen_AchievedGoalFallsAtRisk_RaisesAnAtRiskAlertAndLeavesTheAchievedOneAlone()
    {
        // Arrange: target reached on 12 Jan (announced), then the deal is reopened: nothing won, behind the quarter's pace.
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 East").Active().Create();
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 520_000m, new DateTime(2026, 1, 5));
        var achieved = Alerts(world, goal, SgGoalAlert.Options.KindAchieved).Single();
        Assert.IsEmpty(OpenAtRisk(world, goal));

        // Act
        world.Reopen(deal);

        // Assert
        Assert.AreEqual(100000002, world.Read(goal).GetAttributeValue<OptionSetValue>(F.PaceStatus).Value, "at risk");
        Assert.HasCount(1, OpenAtRisk(world, goal), "an achieved alert is not an at-risk one");
        Assert.AreEqual(SgGoalAlert.Options.StatusOpen, Status(world.AsSystem.Retrieve(SgGoalAlert.LogicalName, achieved.Id, new ColumnSet(true))));
    }

    [TestMethod]
    public void EvaluatePace_GoalOnTrackBeforeAndAfter_ReadsNoAlerts()
    {
        // Arrange: February has not begun on 12 Jan, so the goal is on track, and still is on 1 Feb.
        var world = GoalWorld.Create(MidJanuary);
        world.Goal("Feb 2026").Month(2).Tiers(null, 500_000m, null).Active().Create();

        // Act
        var calls = PluginCalls.During(world.Env, () => world.EvaluatePace(new DateTime(2026, 1, 20, 12, 0, 0, DateTimeKind.Utc)));

        // Assert
        Assert.AreEqual(0, calls.QueriesOf(SgGoalAlert.LogicalName), "no at-risk episode to look up");
    }

    private static int Kind(Entity alert) => alert.GetAttributeValue<OptionSetValue>(A.Kind).Value;

    private static int Status(Entity alert) => alert.GetAttributeValue<OptionSetValue>(A.AlertStatus).Value;

    private static List<Entity> OpenAtRisk(GoalWorld world, Guid goal) =>
        Alerts(world, goal, SgGoalAlert.Options.KindAtRisk).Where(a => Status(a) == SgGoalAlert.Options.StatusOpen).ToList();

    private static List<Entity> Alerts(GoalWorld world, Guid goal, params int[] kinds)
    {
        var query = new QueryExpression(SgGoalAlert.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(A.GoalId, ConditionOperator.Equal, goal);
        return world.AsSystem.RetrieveMultiple(query).Entities.Where(a => kinds.Contains(Kind(a))).ToList();
    }
}

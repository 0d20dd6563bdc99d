using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAlert.Fields;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Progress;

/// <summary>Issue 12: the daily sweep closing a goal after its period closes the goal's open at-risk alert with the
/// reason "period ended" (not "back on track"), once, and raises no new at-risk alert for a period that is over.</summary>
[TestClass]
public sealed class PeriodEndAlertTests
{
    private static readonly DateTimeOffset MidJanuary = new(2026, 1, 12, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Sunday15Feb = new(2026, 2, 15, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime FirstOfApril = new(2026, 4, 1, 12, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    [DataRow(3, 31, SgGoalAlert.Options.StatusOpen, null, DisplayName = "last day of Q1: the goal runs, its alert stays open")]
    [DataRow(4, 1, SgGoalAlert.Options.StatusResolved, SgGoalAlert.Options.ResolutionPeriodEnded, DisplayName = "first day after Q1: closed, period ended")]
    public void EvaluatePace_AtRiskGoalAroundPeriodEnd_ClosesItsAlertOnlyWhenTheGoalCloses(int month, int day, int status, int? resolution)
    {
        // Arrange: E7, 650,000 of a seasonal 2,300,000 quarter, at risk on 15 Feb with one open alert.
        var (world, goal, alertId) = AtRiskGoal();
        var asOf = new DateTime(2026, month, day, 12, 0, 0, DateTimeKind.Utc);

        // Act
        world.EvaluatePace(asOf);

        // Assert
        var alert = Alert(world, alertId);
        Assert.HasCount(status == SgGoalAlert.Options.StatusOpen ? 1 : 0, OpenAtRiskAlerts(world, goal), "no other alert opened");
        Assert.AreEqual(status, alert.GetAttributeValue<OptionSetValue>(A.AlertStatus).Value);
        Assert.AreEqual(resolution, alert.GetAttributeValue<OptionSetValue>(A.Resolution)?.Value);
        Assert.AreEqual(resolution is null ? null : asOf, alert.GetAttributeValue<DateTime?>(A.ResolvedOn), "resolved at the sweep's instant");
    }

    [TestMethod]
    public void EvaluatePace_RunTwiceAfterThePeriod_ClosesTheAlertOnceAndRaisesNoOther()
    {
        // Arrange
        var (world, goal, alertId) = AtRiskGoal();
        world.EvaluatePace(FirstOfApril);
        var closed = Alert(world, alertId);
        var alerts = AllAlerts(world, goal).Count;

        // Act: the sweep runs again that day and the next (an hour later on the environment's clock, so a write would show).
        world.Time.Advance(TimeSpan.FromHours(1));
        world.EvaluatePace(FirstOfApril);
        world.EvaluatePace(FirstOfApril.AddDays(1));

        // Assert
        var after = Alert(world, alertId);
        Assert.AreEqual(closed.GetAttributeValue<DateTime>("modifiedon"), after.GetAttributeValue<DateTime>("modifiedon"), "not written again");
        Assert.AreEqual(SgGoalAlert.Options.ResolutionPeriodEnded, after.GetAttributeValue<OptionSetValue>(A.Resolution).Value);
        Assert.HasCount(alerts, AllAlerts(world, goal), "no alert raised");
        Assert.IsEmpty(OpenAtRiskAlerts(world, goal));
    }

    [TestMethod]
    [DataRow(2_400_000, DisplayName = "target reached")]
    [DataRow(1_500_000, DisplayName = "65 %: never at risk while it ran, short of the target at the end")]
    public void EvaluatePace_GoalNotAtRiskWhenItsPeriodEnds_ClosesWithoutAnAtRiskAlert(int wonRevenue)
    {
        // Arrange: won early in January, on pace while the quarter ran; no sweep until after it.
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 2026").Tiers(null, 2_300_000m, null).Active().Create();
        world.Win(world.Opportunity(world.Rep), wonRevenue, new DateTime(2026, 1, 5));
        var before = AllAlerts(world, goal);

        // Act
        var response = world.EvaluatePace(FirstOfApril);

        // Assert
        Assert.AreEqual(1, response.Results[EvaluatePace.ClosedOutput]);
        Assert.AreEqual(SgGoal.Options.StatusClosed, world.Read(goal).GetAttributeValue<OptionSetValue>(F.GoalStatus).Value);
        Assert.IsEmpty(OpenAtRiskAlerts(world, goal), "a period that is over asks nobody to catch up");
        var after = AllAlerts(world, goal);
        Assert.HasCount(before.Count, after, "closing raised no alert");
        CollectionAssert.AreEquivalent(
            before.Select(a => (a.Id, a.GetAttributeValue<OptionSetValue>(A.Resolution)?.Value)).ToList(),
            after.Select(a => (a.Id, a.GetAttributeValue<OptionSetValue>(A.Resolution)?.Value)).ToList(),
            "the alerts of the activation (nothing won yet) stay as they were");
    }

    [TestMethod]
    public void EvaluatePace_AlertAlreadyBackOnTrack_PeriodEndLeavesItAsItWas()
    {
        // Arrange: at risk on 15 Feb, then a win brings the goal back on track (950,000 ≥ 850,000 expected).
        var (world, goal, alertId) = AtRiskGoal();
        world.Win(world.Opportunity(world.Rep), 300_000m, new DateTime(2026, 2, 12));
        var resolved = Alert(world, alertId);
        Assert.AreEqual(SgGoalAlert.Options.StatusResolved, resolved.GetAttributeValue<OptionSetValue>(A.AlertStatus).Value);
        var alerts = AllAlerts(world, goal).Count;
        Assert.AreEqual(SgGoalAlert.Options.ResolutionBackOnTrack, resolved.GetAttributeValue<OptionSetValue>(A.Resolution)?.Value, "back on track is recorded as such");

        // Act: the quarter ends at 41 % of its target.
        world.Time.Advance(TimeSpan.FromHours(1));
        world.EvaluatePace(FirstOfApril);

        // Assert
        var after = Alert(world, alertId);
        Assert.AreEqual(SgGoal.Options.StatusClosed, world.Read(goal).GetAttributeValue<OptionSetValue>(F.GoalStatus).Value);
        Assert.AreEqual(SgGoalAlert.Options.ResolutionBackOnTrack, after.GetAttributeValue<OptionSetValue>(A.Resolution).Value);
        Assert.AreEqual(resolved.GetAttributeValue<DateTime>("modifiedon"), after.GetAttributeValue<DateTime>("modifiedon"), "not written again");
        Assert.HasCount(alerts, AllAlerts(world, goal), "no alert raised");
    }

    // goals.md E6/E7 through the sweep on 15 Feb: 23.53 % behind the expected 850,000, one open at-risk alert (the goal's
    // first, raised on activation with nothing won, was resolved by the January win).
    private static (GoalWorld World, Guid Goal, Guid Alert) AtRiskGoal()
    {
        var world = GoalWorld.Create(MidJanuary);
        var profile = world.Seasonality(PaceSetup.E5Weights);
        var goal = world.Goal("Q1 2026").Tiers(null, 2_300_000m, null)
            .With(F.SeasonalityProfileId, new EntityReference(SgSeasonalityProfile.LogicalName, profile)).Active().Create();
        world.Win(world.Opportunity(world.Rep), 650_000m, new DateTime(2026, 1, 5));
        world.EvaluatePace(Sunday15Feb);
        return (world, goal, OpenAtRiskAlerts(world, goal).Single().Id);
    }

    private static Entity Alert(GoalWorld world, Guid id) => world.AsSystem.Retrieve(SgGoalAlert.LogicalName, id, new ColumnSet(true));

    private static List<Entity> OpenAtRiskAlerts(GoalWorld world, Guid goal) => AllAlerts(world, goal)
        .Where(a => a.GetAttributeValue<OptionSetValue>(A.Kind).Value == SgGoalAlert.Options.KindAtRisk
            && a.GetAttributeValue<OptionSetValue>(A.AlertStatus).Value == SgGoalAlert.Options.StatusOpen)
        .ToList();

    private static List<Entity> AllAlerts(GoalWorld world, Guid goal)
    {
        var query = new QueryExpression(SgGoalAlert.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(A.GoalId, ConditionOperator.Equal, goal);
        return world.AsSystem.RetrieveMultiple(query).Entities.ToList();
    }
}

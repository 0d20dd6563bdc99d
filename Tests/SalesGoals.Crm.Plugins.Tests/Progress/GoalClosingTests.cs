using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Progress;

/// <summary>The daily sweep (sg_EvaluatePace) closes goals whose period has ended; their final figures stay frozen.</summary>
[TestClass]
public sealed class GoalClosingTests
{
    private static readonly DateTimeOffset MidJanuary = new(2026, 1, 12, 2, 0, 0, TimeSpan.Zero);

    [TestMethod]
    [DataRow(3, 31, SgGoal.Options.StatusActive, 0, DisplayName = "last day of Q1: still active")]
    [DataRow(4, 1, SgGoal.Options.StatusClosed, 1, DisplayName = "first day after Q1: closed")]
    public void EvaluatePace_AroundPeriodEnd_ClosesOnlyAfterTheLastDay(int month, int day, int status, int closed)
    {
        // Arrange
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 2026").Tiers(500_000m, 2_300_000m, null).Active().Create();
        world.Win(world.Opportunity(world.Rep), 650_000m, new DateTime(2026, 1, 5));

        // Act
        var response = world.EvaluatePace(new DateTime(2026, month, day, 12, 0, 0, DateTimeKind.Utc));

        // Assert
        var row = world.Read(goal);
        Assert.AreEqual(status, row.GetAttributeValue<OptionSetValue>(F.GoalStatus).Value);
        Assert.AreEqual(closed, response.Results[EvaluatePace.ClosedOutput]);
        Assert.AreEqual(650_000m, row.GetAttributeValue<decimal>(F.Actual));
        Assert.AreEqual(28.26m, row.GetAttributeValue<decimal>(F.AttainmentPct));
        Assert.AreEqual(100000001, row.GetAttributeValue<OptionSetValue>(F.Tier).Value, "Base tier");
    }

    [TestMethod]
    public void Reopen_DealOfAClosedGoal_FinalFiguresStayFrozen()
    {
        // Arrange: Q1 closed by the sweep on 1 April with 650,000 won.
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 2026").Tiers(500_000m, 2_300_000m, null).Active().Create();
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 650_000m, new DateTime(2026, 1, 5));
        world.EvaluatePace(new DateTime(2026, 4, 1, 12, 0, 0, DateTimeKind.Utc));
        var final = world.Read(goal);

        // Act: the deal is reopened and another deal dated in Q1 is entered late.
        world.Reopen(deal);
        world.Win(world.Opportunity(world.Rep), 90_000m, new DateTime(2026, 3, 30));

        // Assert
        var after = world.Read(goal);
        Assert.AreEqual(650_000m, after.GetAttributeValue<decimal>(F.Actual));
        Assert.AreEqual(final.GetAttributeValue<decimal>(F.AttainmentPct), after.GetAttributeValue<decimal>(F.AttainmentPct));
        Assert.AreEqual(final.GetAttributeValue<OptionSetValue>(F.Tier).Value, after.GetAttributeValue<OptionSetValue>(F.Tier).Value);
        Assert.HasCount(1, world.Contributions(goal), "the closed goal's ledger keeps its row");
    }

    [TestMethod]
    public void EvaluatePace_GoalAlreadyClosed_IsNotEvaluatedAgain()
    {
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 2026").Tiers(null, 2_300_000m, null).Active().Create();
        world.EvaluatePace(new DateTime(2026, 4, 1, 12, 0, 0, DateTimeKind.Utc));
        var closedOn = world.Read(goal).GetAttributeValue<DateTime>(F.LastComputedOn);

        var again = world.EvaluatePace(new DateTime(2026, 4, 2, 12, 0, 0, DateTimeKind.Utc));

        Assert.AreEqual(0, again.Results[EvaluatePace.EvaluatedOutput]);
        Assert.AreEqual(closedOn, world.Read(goal).GetAttributeValue<DateTime>(F.LastComputedOn));
    }
}

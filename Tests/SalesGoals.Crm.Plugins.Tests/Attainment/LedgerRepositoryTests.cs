using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>
/// The ledger's reads: a deal's rows come with their metric's code (no metric row is read on the hot path), and a
/// recalculation of one goal reads and rewrites that goal's rows only, even where the same deals count for another goal.
/// </summary>
[TestClass]
public sealed class LedgerRepositoryTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    [TestMethod]
    public void Reopen_WonDeal_ReadsItsRowsWithoutReadingAMetricRow()
    {
        // Arrange
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 Ray").Active().Create();
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 7_000m, InQ1);

        // Act
        var calls = PluginCalls.During(world.Env, () => world.Reopen(deal));

        // Assert
        Assert.AreEqual(0m, world.Actual(goal));
        Assert.AreEqual(0, calls.QueriesOf(SgMetric.LogicalName), "the metric's code comes joined to the deal's ledger rows");
    }

    [TestMethod]
    public void Recalculate_GoalWhoseDealsAlsoCountForAnotherGoal_LeavesTheOtherGoalsRowsAlone()
    {
        // Arrange: Ray's quarter and year goals (two roots) both count his February deals.
        var world = GoalWorld.Create();
        var quarter = world.Goal("Q1 Ray").Active().Create();
        var year = world.Goal("2026 Ray").Year().Tiers(null, 2_000_000m, null).Active().Create();
        world.Win(world.Opportunity(world.Rep), 7_000m, InQ1);
        world.Win(world.Opportunity(world.Rep), 3_000m, InQ1.AddDays(1));

        // Act
        var rebuilt = world.Recalculate(quarter);

        // Assert
        Assert.AreEqual(10_000m, rebuilt);
        Assert.AreEqual(10_000m, world.Actual(year));
        Assert.HasCount(2, world.Contributions(year), "the year goal's rows are not the quarter's to rewrite");
        Assert.AreEqual(10_000m, world.Recalculate(year));
    }

    [TestMethod]
    public void EditRevenue_WonDealCountingForTwoGoals_MovesBothGoalsInOneBulkUpdate()
    {
        // Arrange
        var world = GoalWorld.Create();
        var quarter = world.Goal("Q1 Ray").Active().Create();
        var year = world.Goal("2026 Ray").Year().Tiers(null, 2_000_000m, null).Active().Create();
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 7_000m, InQ1);

        // Act
        var calls = PluginCalls.During(world.Env, () =>
            world.AsManager.Update(new Entity(OpportunityTable.LogicalName, deal) { [OpportunityTable.Fields.ActualValue] = new Money(9_500m) }));

        // Assert
        Assert.AreEqual(9_500m, world.Actual(quarter));
        Assert.AreEqual(9_500m, world.Actual(year));
        Assert.AreEqual(1, calls.Count("UpdateMultiple", SgGoalContribution.LogicalName), "both ledger rows in one request");
    }
}

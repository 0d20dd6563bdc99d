using System;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>The hot path reads a record's ledger rows by source, never a goal's: the request count of a win does not grow with prior wins.</summary>
[TestClass]
public sealed class RequestBoundTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    private static int RequestsOfOneWin(int priorWins)
    {
        var world = GoalWorld.Create();
        var root = world.Goal("2026").Year().Tiers(null, 2_000_000_000m, null).SplitBy(100000001).Create();
        var leaf = world.Goal("Q1").Tiers(null, 1_000_000_000m, null).Parent(root).Active().Create();
        PriorWins.Seed(world, leaf, priorWins, 1_000m, InQ1);
        var deal = world.Opportunity(world.Rep);

        var requests = RequestCounter.NestedRequests(world.Env, () => world.Win(deal, 5_000m, InQ1));

        Assert.AreEqual(priorWins * 1_000m + 5_000m, world.Actual(leaf));
        return requests;
    }

    private static int RequestsOfOneExternalDeal(int priorDeals)
    {
        var world = GoalWorld.Create();
        var root = world.Goal("2026").Year().Tiers(null, 2_000_000_000m, null).SplitBy(100000001).Create();
        var leaf = world.Goal("Q1").Tiers(null, 1_000_000_000m, null).Parent(root).Active().Create();
        PriorWins.SeedExternal(world, leaf, priorDeals, 1_000m, InQ1);

        var requests = RequestCounter.NestedRequests(world.Env, () => world.Sources.ExternalDeal(world.Rep, 5_000m, InQ1));

        Assert.AreEqual(priorDeals * 1_000m + 5_000m, world.Actual(leaf));
        Assert.AreEqual(5_000m, world.Actual(root), "the ancestor gets the delta (prior deals were seeded on the leaf only)");
        return requests;
    }

    [TestMethod]
    public void ExternalDealSync_RequestCount_IsTheSameWith10And1000PriorExternalDeals()
    {
        var few = RequestsOfOneExternalDeal(10);
        var many = RequestsOfOneExternalDeal(1_000);

        Assert.AreEqual(few, many);
        Assert.IsLessThan(40, few, $"an external deal on a leaf with one ancestor made {few} requests");
    }

    [TestMethod]
    public void Win_RequestCount_IsTheSameWith10And1000PriorWins()
    {
        var few = RequestsOfOneWin(10);
        var many = RequestsOfOneWin(1_000);

        Assert.AreEqual(few, many);
        Assert.IsLessThan(40, few, $"a win on a leaf with one ancestor made {few} requests");
    }
}

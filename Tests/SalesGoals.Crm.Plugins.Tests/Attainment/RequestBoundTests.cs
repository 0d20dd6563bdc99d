using System;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>
/// The hot path's organization-service requests per event (#13: at most 8 per win on a leaf with one ancestor):
/// the record with its owner's teams, its ledger rows, the candidate leaves with their metric and ancestors,
/// the ledger write, then one lock, one read and one write for all the goals it moves, and the organization's
/// settings. Counts are deterministic (the local Dataverse counts each request a plug-in makes; a bulk
/// message is one request, as Dataverse counts it) and must not grow with a goal's history.
/// </summary>
[TestClass]
public sealed class RequestBoundTests
{
    private const long MaxRequestsPerWin = 8;
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    private static long PluginRequests(LocalDataverseEnvironment env, Action action)
    {
        var before = env.PluginRequestCount;
        action();
        return env.PluginRequestCount - before;
    }

    // The measured win is the second one: the first raises the goals' at-risk alerts (a one-off per episode).
    private static long RequestsOfOneWin(int priorWins)
    {
        var world = GoalWorld.Create();
        var root = world.Goal("2026").Year().Tiers(null, 2_000_000_000m, null).SplitBy(100000001).Create();
        var leaf = world.Goal("Q1").Tiers(null, 1_000_000_000m, null).Parent(root).Active().Create();
        PriorWins.Seed(world, leaf, priorWins, 1_000m, InQ1);
        world.Win(world.Opportunity(world.Rep), 5_000m, InQ1);
        var deal = world.Opportunity(world.Rep);

        var requests = PluginRequests(world.Env, () => world.Win(deal, 5_000m, InQ1));

        Assert.AreEqual(priorWins * 1_000m + 10_000m, world.Actual(leaf));
        Assert.AreEqual(10_000m, world.Actual(root), "the ancestor gets the deltas (prior wins were seeded on the leaf only)");
        return requests;
    }

    private static long RequestsOfOneExternalDeal(int priorDeals)
    {
        var world = GoalWorld.Create();
        var root = world.Goal("2026").Year().Tiers(null, 2_000_000_000m, null).SplitBy(100000001).Create();
        var leaf = world.Goal("Q1").Tiers(null, 1_000_000_000m, null).Parent(root).Active().Create();
        PriorWins.SeedExternal(world, leaf, priorDeals, 1_000m, InQ1);
        world.Sources.ExternalDeal(world.Rep, 5_000m, InQ1);

        var requests = PluginRequests(world.Env, () => world.Sources.ExternalDeal(world.Rep, 5_000m, InQ1));

        Assert.AreEqual(priorDeals * 1_000m + 10_000m, world.Actual(leaf));
        Assert.AreEqual(10_000m, world.Actual(root), "the ancestor gets the deltas (prior deals were seeded on the leaf only)");
        return requests;
    }

    [TestMethod]
    [DataRow(10)]
    [DataRow(1_000)]
    public void Win_OnALeafWithOneAncestor_MakesAtMost8Requests(int priorWins)
    {
        var requests = RequestsOfOneWin(priorWins);

        Assert.IsLessThanOrEqualTo(MaxRequestsPerWin, requests, $"a win on a leaf with one ancestor made {requests} requests");
    }

    [TestMethod]
    public void Win_RequestCount_IsTheSameWith10And1000PriorWins()
    {
        var few = RequestsOfOneWin(10);
        var many = RequestsOfOneWin(1_000);

        Assert.AreEqual(few, many);
    }

    [TestMethod]
    public void Win_CountingForTwoLeavesWithTheirAncestors_MakesAtMost8Requests()
    {
        var world = GoalWorld.Create();
        var revenueYear = world.Goal("2026 revenue").Year().Tiers(null, 2_000_000_000m, null).SplitBy(100000001).Create();
        var revenue = world.Goal("Q1 revenue").Tiers(null, 1_000_000_000m, null).Parent(revenueYear).Active().Create();
        var countYear = world.Goal("2026 deals").Metric(MetricCodes.WonDealCount).Year().Tiers(null, 1_000m, null).SplitBy(100000001).Create();
        var count = world.Goal("Q1 deals").Metric(MetricCodes.WonDealCount).Tiers(null, 500m, null).Parent(countYear).Active().Create();
        world.Win(world.Opportunity(world.Rep), 5_000m, InQ1);
        var deal = world.Opportunity(world.Rep);

        var requests = PluginRequests(world.Env, () => world.Win(deal, 7_000m, InQ1));

        Assert.AreEqual(12_000m, world.Actual(revenue));
        Assert.AreEqual(12_000m, world.Actual(revenueYear));
        Assert.AreEqual(2m, world.Actual(count));
        Assert.AreEqual(2m, world.Actual(countYear));
        Assert.IsLessThanOrEqualTo(MaxRequestsPerWin, requests, $"a win counting for two leaves and their ancestors made {requests} requests");
    }

    [TestMethod]
    public void ExternalDealSync_RequestCount_IsTheSameWith10And1000PriorExternalDealsAndAtMost8()
    {
        var few = RequestsOfOneExternalDeal(10);
        var many = RequestsOfOneExternalDeal(1_000);

        Assert.AreEqual(few, many);
        Assert.IsLessThanOrEqualTo(MaxRequestsPerWin, few, $"an external deal on a leaf with one ancestor made {few} requests");
    }
}

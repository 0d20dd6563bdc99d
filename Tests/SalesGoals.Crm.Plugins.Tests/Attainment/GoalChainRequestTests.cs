using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse.Concurrency;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>
/// Requests per event must not grow with the number of goals an event moves: a reversed deal's goals and their
/// ancestors are read with one query (not one per goal), a chain deeper than the joined levels takes one more query
/// for all chains together, and a reversal's ledger deletes go in one ExecuteMultiple (standard tables have no
/// DeleteMultiple). Goal chains are seeded straight into the store (no goal rules), each level split so only the
/// bottom goal is a leaf; counts are the local Dataverse's (deterministic, a batch message is one request).
/// </summary>
[TestClass]
public sealed class GoalChainRequestTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    private static long Requests(GoalWorld world, Action action)
    {
        var before = world.Env.PluginRequestCount;
        action();
        return world.Env.PluginRequestCount - before;
    }

    private static string[] Metrics(int leaves) => new[] { MetricCodes.WonRevenue, MetricCodes.WonDealCount }.Take(leaves).ToArray();

    private static void Reverse(GoalWorld world, Guid deal, string how)
    {
        if (how == "reopen")
        {
            world.Reopen(deal);
        }
        else
        {
            world.AsManager.Delete(OpportunityTable.LogicalName, deal);
        }
    }

    /// <summary>Requests of reversing a won deal that counts for <paramref name="leaves"/> leaves, each under <paramref name="ancestors"/> goals; checks every goal is back to zero.</summary>
    private static long RequestsOfReversal(int leaves, int ancestors, string how)
    {
        var world = GoalWorld.Create();
        var goals = GoalChains.Seed(world, ancestors, Metrics(leaves));
        world.Win(world.Opportunity(world.Rep), 5_000m, InQ1); // the goals' at-risk alerts are raised by this first win
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 7_000m, InQ1);
        Assert.IsTrue(goals.All(g => world.Actual(g) > 0m), "the deal counted for every goal of every chain");

        var requests = Requests(world, () => Reverse(world, deal, how));

        Assert.IsTrue(goals.All(g => world.Actual(g) is 5_000m or 1m), "every goal lost the reversed deal and kept the other one");
        Assert.IsFalse(world.Contributions(goals[0]).Any(r => r.GetAttributeValue<string>(SgGoalContribution.Fields.SourceId) == deal.ToString("D")));
        return requests;
    }

    private static long RequestsOfWin(int leaves, int ancestors)
    {
        var world = GoalWorld.Create();
        var goals = GoalChains.Seed(world, ancestors, Metrics(leaves));
        world.Win(world.Opportunity(world.Rep), 5_000m, InQ1);
        var deal = world.Opportunity(world.Rep);

        var requests = Requests(world, () => world.Win(deal, 7_000m, InQ1));

        Assert.IsTrue(goals.All(g => world.Actual(g) is 12_000m or 2m), "the win counted for every goal of every chain: " + string.Join(", ", goals.Select(world.Actual)));
        return requests;
    }

    [TestMethod]
    [DataRow("reopen")]
    [DataRow("delete")]
    public void Reverse_DealOfTwoLeavesEachUnderTwoAncestors_MakesAsManyRequestsAsOneLeafUnderOne(string how)
    {
        var small = RequestsOfReversal(1, 1, how);
        var large = RequestsOfReversal(2, 2, how);

        Assert.AreEqual(small, large, $"reversing a deal of 2 goals made {small} requests, of 6 goals {large}");
    }

    [TestMethod]
    public void Win_TwoLeavesEachUnderFiveAncestors_MakesAsManyRequestsAsOneSuchLeafAndOneMoreThanAShallowTree()
    {
        var shallow = RequestsOfWin(1, 1);
        var oneDeep = RequestsOfWin(1, 5);
        var twoDeep = RequestsOfWin(2, 5);

        Assert.AreEqual(oneDeep, twoDeep, $"a win moving 6 goals made {oneDeep} requests, moving 12 goals {twoDeep}");
        Assert.AreEqual(shallow + 1, oneDeep, "levels beyond the three joined ancestors come with one more query for all chains");
    }

    [TestMethod]
    public void Reopen_DealOfTwoLeaves_DeletesBothLedgerRowsForTheRequestsOfOne()
    {
        var one = ReopenCountingDeletes(1);
        var two = ReopenCountingDeletes(2);

        Assert.AreEqual(1, one.Deletes);
        Assert.AreEqual(2, two.Deletes, "both leaves' rows were deleted");
        Assert.AreEqual(one.Requests, two.Requests, "the second delete rides in the same ExecuteMultiple");
    }

    private static (int Deletes, long Requests) ReopenCountingDeletes(int leaves)
    {
        var world = GoalWorld.Create();
        var goals = GoalChains.Seed(world, 1, Metrics(leaves));
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 7_000m, InQ1);
        var deletes = 0;
        using var watch = world.Env.Interleaving.At(
            p =>
            {
                if (p.Stage == 30 && p.Point == PipelinePoint.BeforeStage && p.MessageName == "Delete" && p.PrimaryEntityName == SgGoalContribution.LogicalName)
                {
                    deletes++;
                }

                return false;
            },
            _ => { },
            once: false);

        var requests = Requests(world, () => world.Reopen(deal));

        Assert.IsTrue(goals.Take(leaves).All(g => world.Contributions(g).Count == 0), "no leaf keeps a row of the reopened deal");
        return (deletes, requests);
    }
}

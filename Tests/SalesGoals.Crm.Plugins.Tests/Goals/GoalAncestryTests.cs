using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse.Concurrency;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Goals;

/// <summary>
/// The parent chains a win or a reversal moves (goals.md §4): every goal of the chain gets the delta, a chain's first
/// three ancestors come joined to the goal query and each further three levels take one more query for all chains;
/// a parent that is gone ends its chain; a closed goal keeps its final figures. Chains are seeded straight into the
/// store (no goal rules), each level above the leaf split so only the bottom goal is a leaf.
/// </summary>
[TestClass]
public sealed class GoalAncestryTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    private static List<decimal> Actuals(GoalWorld world, IEnumerable<Guid> goals) => goals.Select(world.Actual).ToList();

    private static List<decimal> Each(IReadOnlyCollection<Guid> goals, decimal value) => goals.Select(_ => value).ToList();

    [TestMethod]
    [DataRow(1)]
    [DataRow(3)]
    [DataRow(4)]
    [DataRow(8)]
    public void Win_LeafUnderAChainOfAncestors_CountsForEveryGoalOfTheChain(int ancestors)
    {
        var world = GoalWorld.Create();
        var goals = GoalChains.Seed(world, ancestors, MetricCodes.WonRevenue);

        world.Win(world.Opportunity(world.Rep), 7_000m, InQ1);

        CollectionAssert.AreEqual(Each(goals, 7_000m), Actuals(world, goals));
    }

    [TestMethod]
    [DataRow(3, 0)]
    [DataRow(4, 1)]
    [DataRow(7, 1)]
    [DataRow(8, 2)]
    public void Win_LeafUnderAncestors_QueriesGoalsOnceMorePerThreeLevelsBeyondTheJoinedOnesAndNeverTheMetricTable(int ancestors, int extra)
    {
        var root = QueriesOfASecondWin(0);

        var chain = QueriesOfASecondWin(ancestors);

        Assert.AreEqual(root.Goals + extra, chain.Goals, $"a root leaf's win made {root.Goals} goal queries, one under {ancestors} ancestors {chain.Goals}");
        Assert.AreEqual(0, chain.Metrics, "the metric's code comes joined to the goals");
    }

    private static (int Goals, int Metrics) QueriesOfASecondWin(int ancestors)
    {
        var world = GoalWorld.Create();
        GoalChains.Seed(world, ancestors, MetricCodes.WonRevenue);
        world.Win(world.Opportunity(world.Rep), 5_000m, InQ1); // the at-risk alerts are raised by the first win
        var deal = world.Opportunity(world.Rep);
        var calls = PluginCalls.During(world.Env, () => world.Win(deal, 7_000m, InQ1));
        return (calls.QueriesOf(SgGoal.LogicalName), calls.QueriesOf(SgMetric.LogicalName));
    }

    [TestMethod]
    [DataRow("reopen", 1)]
    [DataRow("reopen", 5)]
    [DataRow("delete", 2)]
    public void Reverse_DealOfALeafUnderAncestors_TakesItOffEveryGoalOfTheChain(string how, int ancestors)
    {
        // Arrange: two deals counted up the chain.
        var world = GoalWorld.Create();
        var goals = GoalChains.Seed(world, ancestors, MetricCodes.WonRevenue);
        world.Win(world.Opportunity(world.Rep), 5_000m, InQ1);
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 7_000m, InQ1);

        // Act
        Reverse(world, deal, how);

        // Assert
        CollectionAssert.AreEqual(Each(goals, 5_000m), Actuals(world, goals));
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(3)]
    public void Reopen_DealOfALeafUnderJoinedAncestors_QueriesGoalsAsOftenAsForARootLeaf(int ancestors)
    {
        var root = QueriesOfAReopen(0);

        var chain = QueriesOfAReopen(ancestors);

        Assert.AreEqual(root, chain, "the reversed goal's ancestors come joined to the one query of it");
    }

    private static int QueriesOfAReopen(int ancestors)
    {
        var world = GoalWorld.Create();
        GoalChains.Seed(world, ancestors, MetricCodes.WonRevenue);
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 7_000m, InQ1);
        return PluginCalls.During(world.Env, () => world.Reopen(deal)).QueriesOf(SgGoal.LogicalName);
    }

    [TestMethod]
    public void Win_TopAncestorDeletedWhileTheWinIsCounted_CountsForTheGoalsThatRemain()
    {
        // Arrange: a leaf under three split years under a draft year; the draft is deleted once the win's first goal
        // query has read the chain (so the further level is read, and found missing).
        var world = GoalWorld.Create();
        var top = world.Env.Seed.Row(world.Goal("Draft 2026").Year().Tiers(null, 1_000_000m, null).SplitBy(100000001).Build());
        var goals = new List<Guid>();
        var parent = top;
        for (var level = 0; level < GoalAncestry.JoinedLevels; level++)
        {
            parent = world.Env.Seed.Row(world.Goal($"level {level}").Year().Tiers(null, 1_000_000m, null).SplitBy(100000001).Active().Parent(parent).Build());
            goals.Add(parent);
        }

        goals.Insert(0, world.Env.Seed.Row(world.Goal("leaf").Active().Parent(parent).Build()));
        using var _ = world.Env.Interleaving.At(
            p => p.Depth > 1 && p.Stage == 30 && p.Point == PipelinePoint.AfterStage && p.MessageName == "RetrieveMultiple" && p.PrimaryEntityName == SgGoal.LogicalName,
            _ => world.AsManager.Delete(SgGoal.LogicalName, top));

        // Act
        world.Win(world.Opportunity(world.Rep), 7_000m, InQ1);

        // Assert
        CollectionAssert.AreEqual(Each(goals, 7_000m), Actuals(world, goals));
        Assert.IsFalse(world.AsSystem.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(SgGoal.LogicalName)).Entities.Any(g => g.Id == top));
    }

    [TestMethod]
    public void Delete_DealOfALeafClosedSinceTheWin_KeepsTheFiguresOfTheLeafAndOfItsParent()
    {
        // Arrange: a Q1 leaf under the year; the sweep of 1 April closes Q1 (the year stays active).
        var world = GoalWorld.Create(new DateTimeOffset(2026, 1, 12, 2, 0, 0, TimeSpan.Zero));
        var goals = GoalChains.Seed(world, 1, MetricCodes.WonRevenue);
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 7_000m, new DateTime(2026, 1, 5));
        world.EvaluatePace(new DateTime(2026, 4, 1, 12, 0, 0, DateTimeKind.Utc));
        Assert.AreEqual(SgGoal.Options.StatusClosed, world.Read(goals[0]).GetAttributeValue<OptionSetValue>(F.GoalStatus).Value);

        // Act
        world.AsManager.Delete(OpportunityTable.LogicalName, deal);

        // Assert
        CollectionAssert.AreEqual(Each(goals, 7_000m), Actuals(world, goals));
        Assert.HasCount(1, world.Contributions(goals[0]), "the closed goal's ledger keeps its row");
    }

    [TestMethod]
    public void Read_OneGoalAmongOthers_ReadsOnlyItsRowWithItsChainJoined()
    {
        // Arrange: three chains of one ancestor each.
        var world = GoalWorld.Create();
        var goals = GoalChains.Seed(world, 1, MetricCodes.WonRevenue, MetricCodes.WonDealCount, MetricCodes.NewCustomers);
        var service = new ReadCountingService(world.AsSystem);
        var ancestry = new GoalAncestry(service);

        // Act
        ancestry.Read([goals[1]]);

        // Assert: the deal-count leaf and its parent, from one row
        Assert.AreEqual((1, 1), (service.Queries, service.Rows));
        Assert.AreEqual(goals[4], ancestry.ParentOf(goals[1]));
        Assert.IsTrue(ancestry.Exists(goals[4]));
        Assert.IsNull(ancestry.ParentOf(goals[4]));
        Assert.IsFalse(ancestry.Exists(goals[0]), "another chain is not read");
    }

    [TestMethod]
    public void Remember_RowsOfAQueryWithTheAncestorsJoined_KeepsTheirChainsAndTakesTheJoinedColumnsOff()
    {
        // Arrange: a leaf under two ancestors read with its ancestors joined, as the hot path reads its candidates.
        var world = GoalWorld.Create();
        var goals = GoalChains.Seed(world, 2, MetricCodes.WonRevenue);
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression(SgGoal.LogicalName) { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(F.Name, F.ParentGoalId) };
        query.Criteria.AddCondition(F.Id, Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, goals[0]);
        GoalAncestry.JoinAncestors(query);
        var rows = world.AsSystem.RetrieveMultiple(query).Entities;
        var ancestry = new GoalAncestry(world.AsSystem);

        // Act
        ancestry.Remember(rows);

        // Assert
        CollectionAssert.AreEqual(new[] { goals[2], goals[1] }, ancestry.Above(goals[0]).ToArray());
        CollectionAssert.AreEquivalent(new[] { F.Id, F.Name, F.ParentGoalId }, rows.Single().Attributes.Keys.ToArray(), "the row can be written back as read");
    }

    [TestMethod]
    public void Read_GoalThatDoesNotExist_EndsItsChainWithOneQuery()
    {
        var world = GoalWorld.Create();
        var service = new ReadCountingService(world.AsSystem);
        var ancestry = new GoalAncestry(service);
        var gone = Guid.NewGuid();

        ancestry.Read([gone]);
        ancestry.Read([gone]);

        Assert.AreEqual(1, service.Queries);
        Assert.IsFalse(ancestry.Exists(gone));
        Assert.IsNull(ancestry.ParentOf(gone));
        Assert.IsEmpty(ancestry.Above(gone));
    }

    [TestMethod]
    public void Above_GoalUnderThreeAncestors_ListsThemNearestFirst()
    {
        var world = GoalWorld.Create();
        var goals = GoalChains.Seed(world, 3, MetricCodes.WonRevenue);
        var ancestry = new GoalAncestry(world.AsSystem);

        ancestry.Read([goals[0]]);

        CollectionAssert.AreEqual(new[] { goals[3], goals[2], goals[1] }, ancestry.Above(goals[0]).ToArray());
    }

    [TestMethod]
    public void Above_GoalsNamingEachOtherAsParent_ListsTheOtherOnceAndNeverTheGoalItself()
    {
        // A hierarchy edited into a cycle must neither loop nor put a goal above itself.
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var ancestry = new GoalAncestry(null!);

        ancestry.Remember([Row(a, b), Row(b, a)]);

        CollectionAssert.AreEqual(new[] { b }, ancestry.Above(a).ToArray());
    }

    private static Entity Row(Guid id, Guid parent) => new(SgGoal.LogicalName, id) { [F.ParentGoalId] = new EntityReference(SgGoal.LogicalName, parent) };

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
}

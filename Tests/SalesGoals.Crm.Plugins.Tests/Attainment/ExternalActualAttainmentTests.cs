using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse.Concurrency;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using X = SalesGoals.Crm.Plugins.Schema.SgExternalActual;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>goals.md §1/§4: deals the connector writes from Zoho CRM and Fenxiang (sg_externalactual) feed the same goals as Dataverse wins.</summary>
[TestClass]
public sealed class ExternalActualAttainmentTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    private static (GoalWorld World, Guid Root, Guid Leaf) Hierarchy()
    {
        var world = GoalWorld.Create();
        var root = world.Goal("2026 East").Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Create();
        var leaf = world.Goal("Q1 East").Parent(root).Active().Create();
        return (world, root, leaf);
    }

    [TestMethod]
    public void Create_WonExternalDeal_CountsOnTheLeafAndItsAncestor_ReplayChangesNothing()
    {
        var (world, root, leaf) = Hierarchy();

        var deal = world.Sources.ExternalDeal(world.Rep, 60_000m, InQ1);
        Replay.Record(world, X.LogicalName, deal);

        Assert.AreEqual(60_000m, world.Actual(leaf));
        Assert.AreEqual(60_000m, world.Actual(root));
        var row = Assert.ContainsSingle(world.Contributions(leaf));
        Assert.AreEqual(X.LogicalName, row.GetAttributeValue<string>(SgGoalContribution.Fields.SourceTable));
    }

    [TestMethod]
    public void Create_ExternalAndDataverseWinsOfTheRep_BothCountOnTheSameGoal()
    {
        var (world, root, leaf) = Hierarchy();

        world.Win(world.Opportunity(world.Rep), 40_000m, InQ1);
        world.Sources.ExternalDeal(world.Rep, 25_000m, InQ1);

        Assert.AreEqual(65_000m, world.Actual(leaf));
        Assert.AreEqual(65_000m, world.Actual(root));
        Assert.HasCount(2, world.Contributions(leaf));
    }

    [TestMethod]
    [DataRow(false, 100_000)]
    [DataRow(true, 14_000)]
    public void Create_DealInUsd_CountsConvertedToTheGoalsCurrency(bool goalInUsd, int expected)
    {
        var world = GoalWorld.Create();
        var usd = world.Env.Seed.Currency("USD", 0.14m);
        var builder = world.Goal("Q1").Tiers(null, 70_000m, null);
        var goal = (goalInUsd ? builder.Currency(usd) : builder).Active().Create();

        world.Sources.ExternalDeal(world.Rep, 14_000m, InQ1, currency: usd);

        Assert.AreEqual(expected, world.Actual(goal));
    }

    [TestMethod]
    public void Update_WonDealTurnsLost_MovesFromRevenueToLostCount()
    {
        var (world, root, leaf) = Hierarchy();
        var lostCount = world.Goal("Q1 lost").Metric(MetricCodes.LostDealCount).Tiers(null, 10m, null).Active().Create();
        var deal = world.Sources.ExternalDeal(world.Rep, 60_000m, InQ1);

        world.Sources.UpdateExternal(deal, X.Fields.DealState, new OptionSetValue(X.Options.DealLost));

        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
        Assert.AreEqual(1m, world.Actual(lostCount));
    }

    [TestMethod]
    public void Update_AmountEditedThenDealReopened_LeafFollowsThenReverses()
    {
        var (world, root, leaf) = Hierarchy();
        var deal = world.Sources.ExternalDeal(world.Rep, 60_000m, InQ1);

        world.Sources.UpdateExternal(deal, X.Fields.Amount, new Money(75_000m));
        Assert.AreEqual(75_000m, world.Actual(leaf));
        Assert.AreEqual(75_000m, world.Actual(root));

        world.Sources.UpdateExternal(deal, X.Fields.DealState, new OptionSetValue(X.Options.DealOpen));
        Assert.AreEqual(0m, world.Actual(leaf));
        Replay.Record(world, X.LogicalName, deal);
        Assert.AreEqual(0m, world.Actual(root), "replaying the reopen changes nothing");
        Assert.IsEmpty(world.Contributions(leaf));
    }

    [TestMethod]
    public void Delete_WonDeal_ReversesEverything_ReplayChangesNothing()
    {
        var (world, root, leaf) = Hierarchy();
        var deal = world.Sources.ExternalDeal(world.Rep, 60_000m, InQ1);

        world.AsSystem.Delete(X.LogicalName, deal);
        Replay.Deleted(world, X.LogicalName, deal);

        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
        Assert.IsEmpty(world.Contributions(leaf));
    }

    [TestMethod]
    public void Create_UnmappedOwner_CountsForNobody_UntilTheWorkerMapsTheOwner()
    {
        var (world, root, leaf) = Hierarchy();
        var others = world.Goal("Q1 Olga").Assignee(world.OtherRep).Active().Create();

        var deal = world.Sources.ExternalDeal(owner: null, 60_000m, InQ1);
        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(others));

        world.Sources.UpdateExternal(deal, X.Fields.OwnerUserId, new EntityReference("systemuser", world.Rep));
        Assert.AreEqual(60_000m, world.Actual(leaf));

        world.Sources.UpdateExternal(deal, X.Fields.OwnerUserId, null);
        Assert.AreEqual(0m, world.Actual(leaf), "an owner mapping removed again takes the deal off the goal");
        Assert.AreEqual(0m, world.Actual(root));
    }

    [TestMethod]
    public void Update_OwnerRemappedToAnotherRep_MovesTheDealToTheirGoal()
    {
        var world = GoalWorld.Create();
        var mine = world.Goal("Q1 Ray").Active().Create();
        var hers = world.Goal("Q1 Olga").Assignee(world.OtherRep).Active().Create();
        var deal = world.Sources.ExternalDeal(world.Rep, 30_000m, InQ1);

        world.Sources.UpdateExternal(deal, X.Fields.OwnerUserId, new EntityReference("systemuser", world.OtherRep));

        Assert.AreEqual(0m, world.Actual(mine));
        Assert.AreEqual(30_000m, world.Actual(hers));
    }

    [TestMethod]
    [DataRow("open")]
    [DataRow("outside-period")]
    [DataRow("deactivated")]
    [DataRow("other-product-line")]
    public void Create_DealThatDoesNotMatch_DoesNotCount(string mismatch)
    {
        var world = GoalWorld.Create();
        var parent = world.Goal("Q1 by line").Tiers(null, 500_000m, null).SplitBy(100000003).Create();
        var tiles = world.Goal("Q1 tiles").Parent(parent, productLine: 100000000).Active().Create();

        var deal = mismatch switch
        {
            "open" => world.Sources.ExternalDeal(world.Rep, 10_000m, InQ1, dealState: X.Options.DealOpen, productLine: 100000000),
            "outside-period" => world.Sources.ExternalDeal(world.Rep, 10_000m, new DateTime(2026, 4, 1), productLine: 100000000),
            "deactivated" => world.Sources.ExternalDeal(world.Rep, 10_000m, InQ1, productLine: 100000000),
            _ => world.Sources.ExternalDeal(world.Rep, 10_000m, InQ1, productLine: 100000001),
        };
        if (mismatch == "deactivated")
        {
            world.Sources.UpdateExternal(deal, X.Fields.StateCode, new OptionSetValue(1));
        }

        Assert.AreEqual(0m, world.Actual(tiles));
        Assert.IsEmpty(world.Contributions(tiles));
        world.Sources.ExternalDeal(world.Rep, 7_000m, InQ1, productLine: 100000000);
        Assert.AreEqual(7_000m, world.Actual(tiles), "a matching deal on the same goal does count");
    }

    [TestMethod]
    public void Create_MetricThatExcludesExternalDeals_IgnoresThem()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1").Active().Create();
        world.AsSystem.Update(new Entity(SgMetric.LogicalName, world.Metric(MetricCodes.WonRevenue).Id) { [SgMetric.Fields.IncludeExternal] = false });

        world.Sources.ExternalDeal(world.Rep, 10_000m, InQ1);

        Assert.AreEqual(0m, world.Actual(goal));
        Assert.AreEqual(0m, world.Recalculate(goal), "the recalculation leaves them out too");
    }

    [TestMethod]
    public void Create_WonNewCustomerDeal_CountsForNewCustomerRevenueAndWinRate()
    {
        var world = GoalWorld.Create();
        var newRevenue = world.Goal("Q1 new").Metric(MetricCodes.NewCustomerRevenue).Active().Create();
        var repeatRevenue = world.Goal("Q1 repeat").Metric(MetricCodes.RepeatCustomerRevenue).Active().Create();
        var winRate = world.Goal("Q1 win rate").Metric(MetricCodes.WinRate).Tiers(null, 50m, null).Active().Create();

        world.Sources.ExternalDeal(world.Rep, 20_000m, InQ1, newCustomer: true);
        world.Sources.ExternalDeal(world.Rep, 0m, InQ1, dealState: X.Options.DealLost);
        world.Sources.ExternalDeal(world.Rep, 0m, InQ1, dealState: X.Options.DealLost);
        world.Win(world.Opportunity(world.Rep), 5_000m, InQ1);

        Assert.AreEqual(20_000m, world.Actual(newRevenue));
        Assert.AreEqual(5_000m, world.Actual(repeatRevenue));
        var rate = world.Read(winRate);
        Assert.AreEqual(2m, rate.GetAttributeValue<decimal>(SgGoal.Fields.ActualNumerator));
        Assert.AreEqual(4m, rate.GetAttributeValue<decimal>(SgGoal.Fields.ActualDenominator));
    }

    [TestMethod]
    public void TwoExternalDealsSyncedInterleavedOnOneGoal_LoseNothing()
    {
        var (world, root, leaf) = Hierarchy();
        var interleaved = false;
        using var _ = world.Env.Interleaving.At(
            p => p.MessageName == "Update" && p.PrimaryEntityName == SgGoal.LogicalName && p.PrimaryEntityId == leaf && p.Stage == 30 && p.Point == PipelinePoint.BeforeStage,
            _ =>
            {
                interleaved = true;
                world.Sources.ExternalDeal(world.Rep, 30_000m, InQ1);
            });

        world.Sources.ExternalDeal(world.Rep, 50_000m, InQ1);

        Assert.IsTrue(interleaved, "the second deal was synced while the first one's goal update was in flight");
        Assert.AreEqual(80_000m, world.Actual(leaf));
        Assert.AreEqual(80_000m, world.Actual(root));
    }

    [TestMethod]
    public void Create_WonDealWithItsExternalCreationDate_FeedsTheSalesCycle()
    {
        var world = GoalWorld.Create();
        var cycle = world.Goal("Q1 sales cycle").Metric(MetricCodes.SalesCycleLength).Tiers(null, 30m, null).Active().Create();

        world.Sources.ExternalDeal(world.Rep, 10_000m, InQ1, createdDate: new DateTime(2026, 1, 1));
        world.Sources.ExternalDeal(world.Rep, 10_000m, InQ1, createdDate: new DateTime(2026, 2, 1));
        world.Sources.ExternalDeal(world.Rep, 10_000m, InQ1);

        var row = world.Read(cycle);
        Assert.AreEqual(40m + 9m, row.GetAttributeValue<decimal>(SgGoal.Fields.ActualNumerator), "days from creation to close");
        Assert.AreEqual(2m, row.GetAttributeValue<decimal>(SgGoal.Fields.ActualDenominator), "a deal without a creation date is left out, and its sync does not fail");
    }
}

using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse.Concurrency;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>goals.md §4 through the real pipeline: Win, Lose, reopen, edit and delete move the ledger, the leaf and its ancestors.</summary>
[TestClass]
public sealed class OpportunityAttainmentTests
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
    public void E11_WinReopenWinAgain_LeafAndAncestorFollow_ReplaysChangeNothing()
    {
        var (world, root, leaf) = Hierarchy();
        var deal = world.Opportunity(world.Rep);

        world.Win(deal, 80_000m, InQ1);
        Assert.AreEqual(80_000m, world.Actual(leaf));
        Assert.AreEqual(80_000m, world.Actual(root));
        Replay.Opportunity(world, deal);
        Assert.AreEqual(80_000m, world.Actual(leaf), "replaying the win changes nothing");

        world.Reopen(deal);
        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
        Replay.Opportunity(world, deal);
        Assert.AreEqual(0m, world.Actual(leaf), "replaying the reopen changes nothing");

        world.Win(deal, 90_000m, InQ1);
        Replay.Opportunity(world, deal);
        Assert.AreEqual(90_000m, world.Actual(leaf));
        Assert.AreEqual(90_000m, world.Actual(root));
        Assert.HasCount(1, world.Contributions(leaf));
        Assert.IsEmpty(world.Contributions(root), "only leaves hold ledger rows");
    }

    [TestMethod]
    public void Win_ThenLoseAnother_ThenEditAmount_ThenDelete_ActualFollowsEveryStep()
    {
        var (world, root, leaf) = Hierarchy();
        var lostCount = world.Goal("Q1 lost").Metric(MetricCodes.LostDealCount).Tiers(null, 10m, null).Active().Create();
        var won = world.Opportunity(world.Rep);
        var lost = world.Opportunity(world.Rep);

        world.Win(won, 120_000m, InQ1);
        world.Lose(lost, InQ1);
        Assert.AreEqual(120_000m, world.Actual(leaf));
        Assert.AreEqual(1m, world.Actual(lostCount));

        world.AsManager.Update(new Entity(OpportunityTable.LogicalName, won) { [OpportunityTable.Fields.ActualValue] = new Money(150_000m) });
        Assert.AreEqual(150_000m, world.Actual(leaf));
        Assert.AreEqual(150_000m, world.Actual(root));

        world.AsManager.Update(new Entity(OpportunityTable.LogicalName, won) { [OpportunityTable.Fields.ActualCloseDate] = new DateTime(2026, 4, 2) });
        Assert.AreEqual(0m, world.Actual(leaf), "moved out of the quarter");

        world.AsManager.Update(new Entity(OpportunityTable.LogicalName, won) { [OpportunityTable.Fields.ActualCloseDate] = InQ1 });
        world.AsManager.Delete(OpportunityTable.LogicalName, won);
        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
        Assert.IsEmpty(world.Contributions(leaf));
    }

    [TestMethod]
    public void Win_OwnerChangedToAnotherRep_MovesTheContributionToTheirGoal()
    {
        var world = GoalWorld.Create();
        var mine = world.Goal("Q1 Ray").Active().Create();
        var hers = world.Goal("Q1 Olga").Assignee(world.OtherRep).Active().Create();
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 70_000m, InQ1);

        world.AsManager.Update(new Entity(OpportunityTable.LogicalName, deal) { [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", world.OtherRep) });

        Assert.AreEqual(0m, world.Actual(mine));
        Assert.AreEqual(70_000m, world.Actual(hers));
    }

    [TestMethod]
    public void Win_OutsidePeriodOrOtherOwnerOrDraftGoal_DoesNotCount()
    {
        var world = GoalWorld.Create();
        var active = world.Goal("Q1").Active().Create();
        var draft = world.Goal("March draft").Month(3).Create();
        var other = world.Opportunity(world.OtherRep);
        var late = world.Opportunity(world.Rep);

        world.Win(other, 10_000m, InQ1, world.OtherRep);
        world.Win(late, 20_000m, new DateTime(2026, 4, 1));

        Assert.AreEqual(0m, world.Actual(active));
        Assert.AreEqual(0m, world.Actual(draft));
    }

    [TestMethod]
    public void Win_GoalInAnotherCurrency_CountsTheConvertedAmount()
    {
        var world = GoalWorld.Create();
        var usd = world.Env.Seed.Currency("USD", 0.14m);
        var goal = world.Goal("Q1 USD").Tiers(null, 70_000m, null).Currency(usd).Active().Create();
        var deal = world.Opportunity(world.Rep);

        world.Win(deal, 100_000m, InQ1);

        Assert.AreEqual(14_000m, world.Actual(goal));
    }

    [TestMethod]
    public void TwoClosesInterleavedOnOneGoal_LoseNothing()
    {
        var (world, root, leaf) = Hierarchy();
        var first = world.Opportunity(world.Rep);
        var second = world.Opportunity(world.Rep);
        using var _ = world.Env.Interleaving.At(
            p => p.MessageName == "Update" && p.PrimaryEntityName == SgGoal.LogicalName && p.PrimaryEntityId == leaf && p.Stage == 30 && p.Point == PipelinePoint.BeforeStage,
            _ => world.Win(second, 30_000m, InQ1));

        world.Win(first, 50_000m, InQ1);

        Assert.AreEqual(80_000m, world.Actual(leaf));
        Assert.AreEqual(80_000m, world.Actual(root));
    }

    [TestMethod]
    public void Win_UpdatesProgressAndTier()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1").Active().Create();
        var deal = world.Opportunity(world.Rep);

        world.Win(deal, 520_000m, InQ1);

        var row = world.Read(goal);
        Assert.AreEqual(104m, row.GetAttributeValue<decimal>(F.AttainmentPct));
        Assert.AreEqual(100000002, row.GetAttributeValue<OptionSetValue>(F.Tier).Value, "Target tier");
        Assert.AreEqual(100000003, row.GetAttributeValue<OptionSetValue>(F.PaceStatus).Value, "Achieved");
    }

    [TestMethod]
    public void Win_GoalFallsFarBehind_RaisesOneAtRiskAlertWithTopOpenDeals()
    {
        var world = GoalWorld.Create();
        world.Opportunity(world.Rep, estimated: 300_000m);
        var small = world.Opportunity(world.Rep);
        var smaller = world.Opportunity(world.Rep);
        var goal = world.Goal("Q1").Tiers(null, 2_300_000m, null).Active().Create();

        world.Win(small, 10_000m, InQ1);
        world.Win(smaller, 10_000m, InQ1);

        var alerts = world.AsSystem.RetrieveMultiple(new QueryExpression(SgGoalAlert.LogicalName) { ColumnSet = new ColumnSet(true) }).Entities
            .Where(a => a.GetAttributeValue<EntityReference>(SgGoalAlert.Fields.GoalId).Id == goal).ToList();
        Assert.HasCount(1, alerts);
        Assert.AreEqual(SgGoalAlert.Options.KindAtRisk, alerts[0].GetAttributeValue<OptionSetValue>(SgGoalAlert.Fields.Kind).Value);
        StringAssert.Contains(alerts[0].GetAttributeValue<string>(SgGoalAlert.Fields.TopOpportunities), "\"weighted\":150000");
    }
}

using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using C = SalesGoals.Crm.Plugins.Schema.SgGoalContribution.Fields;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>
/// What a user sees on a goal's contributions (the ledger rows): each names its record, carries the record's date and is
/// owned like its goal; a ratio goal's rows keep their denominators when the record is edited or its event replayed.
/// </summary>
[TestClass]
public sealed class ContributionRowTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    [TestMethod]
    public void Win_ClosedByTheManager_RowNamesTheDealCarriesItsCloseDateAndIsOwnedLikeTheGoal()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 Ray").Active().Create();
        var deal = world.Opportunity(world.Rep);

        world.Win(deal, 80_000m, InQ1, asUser: world.Manager);

        var row = world.Contributions(goal).Single();
        Assert.AreEqual("opportunity " + deal.ToString("D"), row.GetAttributeValue<string>(C.Name));
        Assert.AreEqual(deal.ToString("D"), row.GetAttributeValue<string>(C.SourceId));
        Assert.AreEqual(InQ1, row.GetAttributeValue<DateTime?>(C.SourceDate)?.Date);
        Assert.AreEqual(80_000m, row.GetAttributeValue<decimal?>(C.Amount));
        var goalOwner = world.Read(goal).GetAttributeValue<EntityReference>(F.OwnerId).Id;
        Assert.AreEqual(world.Rep, goalOwner, "precondition: a goal is owned by its assignee, not by the manager who closes the deal");
        Assert.AreEqual(goalOwner, row.GetAttributeValue<EntityReference>(C.OwnerId).Id, "the row is the goal owner's, not the closing user's");
    }

    [TestMethod]
    public void WinRate_WonDealEditedThenReplayed_NumeratorAndDenominatorStay()
    {
        var world = GoalWorld.Create();
        var winRate = world.Goal("Q1 win rate").Metric(MetricCodes.WinRate).Tiers(null, 50m, null).Active().Create();
        var won = world.Opportunity(world.Rep);
        world.Win(won, 10_000m, InQ1);
        world.Lose(world.Opportunity(world.Rep), InQ1);

        world.AsManager.Update(new Entity(OpportunityTable.LogicalName, won) { [OpportunityTable.Fields.ActualValue] = new Money(12_000m) });
        Replay.Opportunity(world, won);

        var rate = world.Read(winRate);
        Assert.AreEqual(1m, rate.GetAttributeValue<decimal>(F.ActualNumerator), "one deal won");
        Assert.AreEqual(2m, rate.GetAttributeValue<decimal>(F.ActualDenominator), "two deals closed, the edited one counted once");
        Assert.AreEqual(2m, world.Contributions(winRate).Sum(r => r.GetAttributeValue<decimal?>(C.Denominator) ?? 0m));
    }
}

using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Tests.Support;
using C = SalesGoals.Crm.Plugins.Schema.SgGoalContribution.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>
/// The contributions the hot path writes and later reverses: one row per goal a record counts for (also when it
/// counts for several at once), rows of one record never mixed up with another table's record that has the same id,
/// and the exchange rate a goal's currency row gives (Dataverse accepts none below 0.0000000001, so 0 is not a case).
/// </summary>
[TestClass]
public sealed class LedgerRowWriteTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    [TestMethod]
    public void Win_CountingForThreeGoals_WritesOneRowEachAndReopenReversesAll()
    {
        var world = GoalWorld.Create();
        var revenue = world.Goal("Q1 revenue").Active().Create();
        var deals = world.Goal("Q1 deals").Metric(MetricCodes.WonDealCount).Tiers(null, 10m, null).Active().Create();
        var size = world.Goal("Q1 deal size").Metric(MetricCodes.AverageDealSize).Tiers(null, 50_000m, null).Active().Create();
        var deal = world.Opportunity(world.Rep);

        world.Win(deal, 45_000m, InQ1);

        Assert.AreEqual(45_000m, world.Contributions(revenue).Single().GetAttributeValue<decimal?>(C.Amount));
        Assert.AreEqual(1m, world.Contributions(deals).Single().GetAttributeValue<decimal?>(C.Amount));
        Assert.AreEqual(1m, world.Contributions(size).Single().GetAttributeValue<decimal?>(C.Denominator));

        world.Reopen(deal);

        Assert.AreEqual((0m, 0m, 0m), (world.Actual(revenue), world.Actual(deals), world.Actual(size)));
        Assert.AreEqual(0, world.Contributions(revenue).Count + world.Contributions(deals).Count + world.Contributions(size).Count);
    }

    [TestMethod]
    public void Pay_InvoiceWithTheSameIdAsAWonDeal_LeavesTheDealsContributionAlone()
    {
        var world = GoalWorld.Create();
        var revenue = world.Goal("Q1 revenue").Active().Create();
        var collected = world.Goal("Q1 collected").Metric(MetricCodes.CollectedRevenue).Active().Create();
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 70_000m, InQ1);
        var invoice = world.Sources.Invoice(world.Rep, 66_000m, id: deal);

        world.Sources.Pay(invoice, InQ1);
        world.Sources.Unpay(invoice);
        world.Sources.Pay(invoice, InQ1);

        Assert.AreEqual(70_000m, world.Actual(revenue));
        Assert.AreEqual(66_000m, world.Actual(collected));
        Assert.HasCount(1, world.Contributions(revenue));
    }

    [TestMethod]
    [DataRow("0.0001", "10")]
    [DataRow("1", "100000")]
    [DataRow("7.1", "710000")]
    public void Win_GoalCurrencyWithThisExchangeRate_CountsTheAmountAtThatRate(string rate, string expected)
    {
        var world = GoalWorld.Create();
        var currency = world.Env.Seed.Currency("XXX", decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture));
        var goal = world.Goal("Q1 other currency").Tiers(null, 70_000m, null).Currency(currency).Active().Create();

        world.Win(world.Opportunity(world.Rep), 100_000m, InQ1);

        Assert.AreEqual(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), world.Actual(goal));
    }
}

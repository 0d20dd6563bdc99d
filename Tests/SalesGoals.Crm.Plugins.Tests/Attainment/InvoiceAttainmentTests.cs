using System;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Tests.Support;
using I = SalesGoals.Crm.Plugins.Schema.InvoiceTable;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>Collected revenue (回款): a paid invoice counts its total on its paid date; un-paying or deleting reverses.</summary>
[TestClass]
public sealed class InvoiceAttainmentTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    private static (GoalWorld World, Guid Root, Guid Leaf) Hierarchy()
    {
        var world = GoalWorld.Create();
        var root = world.Goal("2026 collected").Metric(MetricCodes.CollectedRevenue).Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Create();
        var leaf = world.Goal("Q1 collected").Metric(MetricCodes.CollectedRevenue).Parent(root).Active().Create();
        return (world, root, leaf);
    }

    [TestMethod]
    public void Pay_CountsTheTotalOnTheLeafAndAncestor_ReplayChangesNothing()
    {
        var (world, root, leaf) = Hierarchy();
        var invoice = world.Sources.Invoice(world.Rep, 88_000m);

        world.Sources.Pay(invoice, InQ1);
        Replay.Record(world, I.LogicalName, invoice);

        Assert.AreEqual(88_000m, world.Actual(leaf));
        Assert.AreEqual(88_000m, world.Actual(root));
        Assert.HasCount(1, world.Contributions(leaf));
    }

    [TestMethod]
    public void Unpay_PaidInvoice_IsReversed()
    {
        var (world, root, leaf) = Hierarchy();
        var invoice = world.Sources.Invoice(world.Rep, 88_000m);
        world.Sources.Pay(invoice, InQ1);

        world.Sources.Unpay(invoice);

        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
    }

    [TestMethod]
    public void Delete_PaidInvoice_IsReversed_ReplayChangesNothing()
    {
        var (world, root, leaf) = Hierarchy();
        var invoice = world.Sources.Invoice(world.Rep, 88_000m);
        world.Sources.Pay(invoice, InQ1);

        world.AsManager.Delete(I.LogicalName, invoice);
        Replay.Deleted(world, I.LogicalName, invoice);

        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
        Assert.IsEmpty(world.Contributions(leaf));
    }

    [TestMethod]
    [DataRow("UTC", 2, 28)]
    [DataRow("Asia/Shanghai", 3, 1)]
    public void Pay_WithoutAPaidDate_CountsOnTheOrganizationsDayItWasMarkedPaid(string zone, int month, int day)
    {
        var world = GoalWorld.Create(new DateTimeOffset(2026, 2, 28, 20, 0, 0, TimeSpan.Zero));
        world.Settings(zone);
        var inMonth = world.Goal("Collected").Metric(MetricCodes.CollectedRevenue).Month(month).Tiers(null, 300_000m, null).Active().Create();
        var invoice = world.Sources.Invoice(world.Rep, 12_500m);

        world.Sources.Pay(invoice, paidOn: null);

        var paidOn = world.AsSystem.Retrieve(I.LogicalName, invoice, new ColumnSet(I.Fields.PaidOn)).GetAttributeValue<DateTime?>(I.Fields.PaidOn);
        Assert.AreEqual(new DateTime(2026, month, day), paidOn?.Date);
        Assert.AreEqual(12_500m, world.Actual(inMonth));
    }

    [TestMethod]
    public void Pay_InvoiceInUsd_CountsItsBaseTotalConvertedToTheGoalsCurrency()
    {
        var world = GoalWorld.Create();
        var usd = world.Env.Seed.Currency("USD", 0.14m);
        var inCny = world.Goal("Q1 collected CNY").Metric(MetricCodes.CollectedRevenue).Active().Create();
        var invoice = world.Sources.Invoice(world.Rep, 7_000m, currency: usd);

        world.Sources.Pay(invoice, InQ1);

        Assert.AreEqual(50_000m, world.Actual(inCny));
    }

    [TestMethod]
    public void ActiveInvoiceAndPaymentsOutsideThePeriod_DoNotCount()
    {
        var (world, _, leaf) = Hierarchy();
        world.Sources.Invoice(world.Rep, 10_000m);
        var late = world.Sources.Invoice(world.Rep, 20_000m);

        world.Sources.Pay(late, new DateTime(2026, 4, 3));

        Assert.AreEqual(0m, world.Actual(leaf));
    }

    [TestMethod]
    public void SetStateMessage_PaidWithAPaidDateThenBackToActive_CountsThenReverses()
    {
        var (world, root, leaf) = Hierarchy();
        var invoice = world.Sources.Invoice(world.Rep, 40_000m);
        world.AsManager.Update(new Microsoft.Xrm.Sdk.Entity(I.LogicalName, invoice) { [I.Fields.PaidOn] = InQ1 });

        world.Sources.SetState(I.LogicalName, invoice, I.States.Paid, 100001, world.Manager);
        Assert.AreEqual(40_000m, world.Actual(leaf));
        Assert.AreEqual(40_000m, world.Actual(root));

        world.Sources.SetState(I.LogicalName, invoice, I.States.Active, 1, world.Manager);
        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
    }
}

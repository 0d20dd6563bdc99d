using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Tests.Support;
using I = SalesGoals.Crm.Plugins.Schema.InvoiceTable;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>
/// The paid date is stamped only when an invoice becomes paid without one: a date the user gives is kept (and decides
/// the month it counts in), and an invoice cancelled instead of paid gets no paid date.
/// </summary>
[TestClass]
public sealed class InvoicePaidDateTests
{
    private static DateTime? PaidOn(GoalWorld world, Guid invoice) =>
        world.AsSystem.Retrieve(I.LogicalName, invoice, new ColumnSet(I.Fields.PaidOn)).GetAttributeValue<DateTime?>(I.Fields.PaidOn);

    private static (Guid January, Guid February) MonthGoals(GoalWorld world) =>
        (world.Goal("January collected").Metric(MetricCodes.CollectedRevenue).Month(1).Tiers(null, 300_000m, null).Active().Create(),
         world.Goal("February collected").Metric(MetricCodes.CollectedRevenue).Month(2).Tiers(null, 300_000m, null).Active().Create());

    [TestMethod]
    public void Pay_WithThePaidDateGiven_KeepsThatDateAndCountsInItsMonth()
    {
        var world = GoalWorld.Create();
        var (january, february) = MonthGoals(world);
        var invoice = world.Sources.Invoice(world.Rep, 12_500m);

        world.Sources.Pay(invoice, new DateTime(2026, 1, 20));

        Assert.AreEqual(new DateTime(2026, 1, 20), PaidOn(world, invoice)?.Date, "not the day it was marked paid (15 February)");
        Assert.AreEqual(12_500m, world.Actual(january));
        Assert.AreEqual(0m, world.Actual(february));
    }

    [TestMethod]
    public void Cancel_ActiveInvoice_GetsNoPaidDateAndCountsNowhere()
    {
        var world = GoalWorld.Create();
        var (january, february) = MonthGoals(world);
        var invoice = world.Sources.Invoice(world.Rep, 12_500m);

        world.AsManager.Update(new Entity(I.LogicalName, invoice) { [I.Fields.StateCode] = new OptionSetValue(I.States.Canceled), [I.Fields.StatusCode] = new OptionSetValue(100003) });

        Assert.IsNull(PaidOn(world, invoice));
        Assert.AreEqual((0m, 0m), (world.Actual(january), world.Actual(february)));
    }
}

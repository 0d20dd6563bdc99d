using System;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.AppointmentTable;
using I = SalesGoals.Crm.Plugins.Schema.InvoiceTable;
using X = SalesGoals.Crm.Plugins.Schema.SgExternalActual;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>
/// Deleting a counted record reverses it through the delete step alone (the other delete tests also replay the
/// removal, which hides a step that does nothing); deleting a record that never counted leaves the goal as it was.
/// </summary>
[TestClass]
public sealed class DeleteStepTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10, 9, 30, 0);

    [TestMethod]
    public void Delete_CompletedVisit_ReversesItWithoutAReplay()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 visits").Metric(MetricCodes.CompletedVisits).Tiers(null, 100m, null).Active().Create();
        var kept = world.Sources.Appointment(world.Rep, InQ1);
        var deleted = world.Sources.Appointment(world.Rep, InQ1);
        world.Sources.Complete(kept);
        world.Sources.Complete(deleted);

        world.AsManager.Delete(A.LogicalName, deleted);

        Assert.AreEqual(1m, world.Actual(goal), "the other completed visit still counts");
        Assert.HasCount(1, world.Contributions(goal));
    }

    [TestMethod]
    public void Delete_ScheduledVisit_LeavesTheCompletedOnesCounted()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 visits").Metric(MetricCodes.CompletedVisits).Tiers(null, 100m, null).Active().Create();
        world.Sources.Complete(world.Sources.Appointment(world.Rep, InQ1));
        var scheduled = world.Sources.Appointment(world.Rep, InQ1);

        world.AsManager.Delete(A.LogicalName, scheduled);

        Assert.AreEqual(1m, world.Actual(goal));
    }

    [TestMethod]
    public void Delete_PaidInvoice_ReversesItsTotalWithoutAReplay()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 collected").Metric(MetricCodes.CollectedRevenue).Active().Create();
        var kept = world.Sources.Invoice(world.Rep, 30_000m);
        var deleted = world.Sources.Invoice(world.Rep, 88_000m);
        world.Sources.Pay(kept, InQ1);
        world.Sources.Pay(deleted, InQ1);

        world.AsManager.Delete(I.LogicalName, deleted);

        Assert.AreEqual(30_000m, world.Actual(goal));
        Assert.HasCount(1, world.Contributions(goal));
    }

    [TestMethod]
    [DataRow(X.Options.DealWon, 20_000)]
    [DataRow(X.Options.DealLost, 20_000)]
    public void Delete_ClosedExternalDeal_ReversesItWithoutAReplay(int dealState, int expectedRevenue)
    {
        var world = GoalWorld.Create();
        var revenue = world.Goal("Q1 East").Active().Create();
        var winRate = world.Goal("Q1 win rate").Metric(MetricCodes.WinRate).Tiers(null, 50m, null).Active().Create();
        world.Sources.ExternalDeal(world.Rep, 20_000m, InQ1);
        var deleted = world.Sources.ExternalDeal(world.Rep, 60_000m, InQ1, dealState);

        world.AsSystem.Delete(X.LogicalName, deleted);

        Assert.AreEqual(expectedRevenue, world.Actual(revenue));
        Assert.AreEqual(1m, world.Read(winRate).GetAttributeValue<decimal>(Schema.SgGoal.Fields.ActualDenominator), "one closed deal left");
    }
}

using System;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.AppointmentTable;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>Completed visits (appointments): completing counts, reopening / cancelling / deleting reverses, through the real pipeline.</summary>
[TestClass]
public sealed class AppointmentAttainmentTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10, 9, 30, 0);

    private static (GoalWorld World, Guid Root, Guid Leaf) Hierarchy()
    {
        var world = GoalWorld.Create();
        var root = world.Goal("2026 visits").Metric(MetricCodes.CompletedVisits).Year().Tiers(null, 400m, null).SplitBy(100000001).Create();
        var leaf = world.Goal("Q1 visits").Metric(MetricCodes.CompletedVisits).Tiers(null, 100m, null).Parent(root).Active().Create();
        return (world, root, leaf);
    }

    [TestMethod]
    public void Complete_CountsOneVisitOnTheLeafAndAncestor_ReplayChangesNothing()
    {
        var (world, root, leaf) = Hierarchy();
        var visit = world.Sources.Appointment(world.Rep, InQ1);

        world.Sources.Complete(visit);
        Replay.Record(world, A.LogicalName, visit);

        Assert.AreEqual(1m, world.Actual(leaf));
        Assert.AreEqual(1m, world.Actual(root));
        Assert.HasCount(1, world.Contributions(leaf));
    }

    [TestMethod]
    [DataRow(A.States.Open, 1, DisplayName = "reopened")]
    [DataRow(A.States.Canceled, 4, DisplayName = "cancelled")]
    public void SetStateBack_CompletedVisit_IsReversed(int state, int status)
    {
        var (world, root, leaf) = Hierarchy();
        var visit = world.Sources.Appointment(world.Rep, InQ1);
        world.Sources.Complete(visit);

        world.Sources.SetAppointmentState(visit, state, status);

        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
        Assert.IsEmpty(world.Contributions(leaf));
    }

    [TestMethod]
    public void Delete_CompletedVisit_IsReversed()
    {
        var (world, root, leaf) = Hierarchy();
        var visit = world.Sources.Appointment(world.Rep, InQ1);
        world.Sources.Complete(visit);

        world.AsManager.Delete(A.LogicalName, visit);
        Replay.Deleted(world, A.LogicalName, visit);

        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
    }

    [TestMethod]
    public void Complete_ActualEndAfterThePeriod_CountsOnTheActualEndNotTheSchedule()
    {
        var world = GoalWorld.Create();
        var february = world.Goal("Feb visits").Metric(MetricCodes.CompletedVisits).Month(2).Tiers(null, 30m, null).Active().Create();
        var march = world.Goal("Mar visits").Metric(MetricCodes.CompletedVisits).Month(3).Tiers(null, 30m, null).Active().Create();
        var visit = world.Sources.Appointment(world.Rep, new DateTime(2026, 2, 27, 16, 0, 0));

        world.Sources.Complete(visit, actualEnd: new DateTime(2026, 3, 2, 11, 0, 0));

        Assert.AreEqual(0m, world.Actual(february));
        Assert.AreEqual(1m, world.Actual(march));
    }

    [TestMethod]
    public void Edit_OpenVisitsAndOtherOwnersVisits_DoNotCount()
    {
        var (world, _, leaf) = Hierarchy();
        var open = world.Sources.Appointment(world.Rep, InQ1);
        var others = world.Sources.Appointment(world.OtherRep, InQ1);

        world.Sources.SetAppointmentState(open, A.States.Scheduled, 5);
        world.Sources.SetAppointmentState(others, A.States.Completed, 3, asUser: world.OtherRep);

        Assert.AreEqual(0m, world.Actual(leaf));
        world.Sources.Complete(open);
        Assert.AreEqual(1m, world.Actual(leaf), "the rep's own visit, once completed, does count");
    }

    [TestMethod]
    public void Complete_VisitDoesNotFeedRevenueGoals()
    {
        var world = GoalWorld.Create();
        var revenue = world.Goal("Q1 revenue").Active().Create();
        var visit = world.Sources.Appointment(world.Rep, InQ1);

        world.Sources.Complete(visit);

        Assert.AreEqual(0m, world.Actual(revenue));
    }

    [TestMethod]
    public void SetStateMessage_CompleteThenReopen_CountsThenReverses()
    {
        var (world, root, leaf) = Hierarchy();
        var visit = world.Sources.Appointment(world.Rep, InQ1);

        world.Sources.SetState(A.LogicalName, visit, A.States.Completed, 3);
        Assert.AreEqual(1m, world.Actual(leaf));
        Assert.AreEqual(1m, world.Actual(root));

        world.Sources.SetState(A.LogicalName, visit, A.States.Open, 1);
        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
    }
}

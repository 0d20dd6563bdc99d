using System;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>goals.md §1: dates are calendar dates in the organization's time zone. A lead created or a
/// visit ended late in the UTC evening belongs to the next day in Shanghai (UTC+8), on the event and in
/// the recalculation alike.</summary>
[TestClass]
public sealed class OrganizationTimeZoneSourceDateTests
{
    [TestMethod]
    [DataRow("UTC", 1, 0)]
    [DataRow("Asia/Shanghai", 0, 1)]
    public void CreateLead_LateOn31MarchUtc_CountsInTheMonthOfTheOrganizationsDate(string zone, int march, int april)
    {
        var world = GoalWorld.Create(new DateTimeOffset(2026, 3, 31, 20, 0, 0, TimeSpan.Zero));
        world.Settings(zone);
        var inMarch = world.Goal("Mar leads").Metric(MetricCodes.LeadsCreated).Month(3).Tiers(null, 50m, null).Active().Create();
        var inApril = world.Goal("Apr leads").Metric(MetricCodes.LeadsCreated).Month(4).Tiers(null, 50m, null).Active().Create();

        world.Sources.Lead(world.Rep);

        Assert.AreEqual(march, world.Actual(inMarch));
        Assert.AreEqual(april, world.Actual(inApril));
        Assert.AreEqual(march, world.Recalculate(inMarch), "the recalculation agrees");
        Assert.AreEqual(april, world.Recalculate(inApril), "the recalculation agrees");
    }

    [TestMethod]
    [DataRow("UTC", 1, 0)]
    [DataRow("Asia/Shanghai", 0, 1)]
    public void CompleteVisit_EndedLateOn28FebruaryUtc_CountsInTheMonthOfTheOrganizationsDate(string zone, int february, int march)
    {
        var world = GoalWorld.Create();
        world.Settings(zone);
        var inFebruary = world.Goal("Feb visits").Metric(MetricCodes.CompletedVisits).Month(2).Tiers(null, 30m, null).Active().Create();
        var inMarch = world.Goal("Mar visits").Metric(MetricCodes.CompletedVisits).Month(3).Tiers(null, 30m, null).Active().Create();
        var visit = world.Sources.Appointment(world.Rep, new DateTime(2026, 2, 28, 17, 0, 0, DateTimeKind.Utc));

        world.Sources.Complete(visit);

        Assert.AreEqual(february, world.Actual(inFebruary));
        Assert.AreEqual(march, world.Actual(inMarch));
        Assert.AreEqual(february, world.Recalculate(inFebruary), "the recalculation agrees");
        Assert.AreEqual(march, world.Recalculate(inMarch), "the recalculation agrees");
    }
}

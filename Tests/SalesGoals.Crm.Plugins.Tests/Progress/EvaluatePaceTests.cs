using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Progress;

[TestClass]
public sealed class EvaluatePaceTests
{
    private const int Quarter = 100000001;
    private const int StatusAtRisk = 100000002;
    private const int StatusBehind = 100000001;
    private static readonly DateTime Sunday15Feb = new(2026, 2, 15, 12, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    [DataRow(650_000, StatusAtRisk, 23.53, 1, DisplayName = "E7: 650,000 → AtRisk, one alert")]
    [DataRow(700_000, StatusBehind, 17.65, 0, DisplayName = "E8: 700,000 → Behind, no alert")]
    public void EvaluatePace_E6SeasonalQuarterAsOf15Feb_SetsExpectedGapStatusAndAlerts(int wonRevenue, int status, double gap, int alerts)
    {
        // Arrange: the deals were won early in January, when the goal was still on pace.
        var world = GoalWorld.Create(new DateTimeOffset(2026, 1, 12, 2, 0, 0, TimeSpan.Zero));
        var profile = world.Seasonality(PaceSetup.E5Weights);
        var goal = world.Goal("Q1 2026").Tiers(null, 2_300_000m, null).With(F.SeasonalityProfileId, new EntityReference(SgSeasonalityProfile.LogicalName, profile)).Active().Create();
        world.Win(world.Opportunity(world.Rep), wonRevenue - 50_000m, new DateTime(2026, 1, 5));
        world.Win(world.Opportunity(world.Rep), 50_000m, new DateTime(2026, 1, 8));
        var januaryStatus = Status(world, goal);
        Assert.IsFalse(januaryStatus == status, "in January the goal was not yet that far behind");

        // Act
        var response = world.EvaluatePace(Sunday15Feb);

        // Assert
        var row = world.Read(goal);
        Assert.AreEqual(850_000m, row.GetAttributeValue<decimal>(F.ExpectedToDate));
        Assert.AreEqual((decimal)gap, row.GetAttributeValue<decimal>(F.PaceGap));
        Assert.AreEqual(status, Status(world, goal));
        Assert.AreEqual((decimal)wonRevenue, row.GetAttributeValue<decimal>(F.Actual), "the sweep never changes the actual");
        Assert.HasCount(alerts, OpenAtRiskAlerts(world, goal));
        Assert.AreEqual(1, response.Results[EvaluatePace.EvaluatedOutput]);
        Assert.AreEqual(1, response.Results[EvaluatePace.StatusChangedOutput]);
        Assert.AreEqual(alerts, response.Results[EvaluatePace.AtRiskOutput]);
    }

    [TestMethod]
    public void EvaluatePace_SweptTwiceOnTheSameDay_RaisesOnlyOneAlert()
    {
        var world = GoalWorld.Create(new DateTimeOffset(2026, 1, 12, 2, 0, 0, TimeSpan.Zero));
        var goal = world.Goal("Q1 2026").Tiers(null, 2_300_000m, null).Active().Create();
        world.Win(world.Opportunity(world.Rep), 100_000m, new DateTime(2026, 1, 5));

        world.EvaluatePace(Sunday15Feb);
        var second = world.EvaluatePace(Sunday15Feb);

        Assert.HasCount(1, OpenAtRiskAlerts(world, goal));
        Assert.AreEqual(0, second.Results[EvaluatePace.StatusChangedOutput]);
    }

    [TestMethod]
    [DataRow("Asia/Shanghai", 137_500, DisplayName = "Shanghai: already Saturday 14 Feb, a make-up working day")]
    [DataRow("UTC", 125_000, DisplayName = "UTC: still Friday 13 Feb")]
    public void EvaluatePace_ChineseHolidayCalendarAndOrgTimeZone_ExpectedFollowsWorkingDaysOfTheLocalDate(string zone, int expected)
    {
        // Feb 2026: 20 weekdays, minus the Spring Festival week 16–20 Feb, plus Saturday 14 Feb = 16 working days.
        var world = GoalWorld.Create(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));
        var calendar = world.Calendar(
            holidays: Enumerable.Range(16, 5).Select(d => new DateTime(2026, 2, d)).ToArray(),
            extraWorkingDays: [new DateTime(2026, 2, 14)]);
        world.Settings(zone, defaultCalendar: calendar);
        var goal = world.Goal("Feb 2026").Month(2).Tiers(null, 200_000m, null).Active().Create();

        world.EvaluatePace(new DateTime(2026, 2, 13, 17, 0, 0, DateTimeKind.Utc));

        Assert.AreEqual((decimal)expected, world.Read(goal).GetAttributeValue<decimal>(F.ExpectedToDate));
    }

    [TestMethod]
    public void EvaluatePace_GoalsOwnCalendar_OverridesTheOrganizationDefault()
    {
        var world = GoalWorld.Create(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));
        var holidays = world.Calendar(Enumerable.Range(16, 5).Select(d => new DateTime(2026, 2, d)).ToArray(), []);
        world.Settings("UTC", defaultCalendar: holidays);
        var plain = world.Calendar([], []);
        var goal = world.Goal("Feb 2026").Month(2).Tiers(null, 200_000m, null)
            .With(F.CalendarId, new EntityReference(SgWorkingDayCalendar.LogicalName, plain)).Active().Create();

        world.EvaluatePace(new DateTime(2026, 2, 13, 12, 0, 0, DateTimeKind.Utc));

        Assert.AreEqual(100_000m, world.Read(goal).GetAttributeValue<decimal>(F.ExpectedToDate), "10 of 20 plain weekdays");
    }

    [TestMethod]
    public void EvaluatePace_PagedBy2_VisitsEveryActiveGoalOnceAndSkipsDrafts()
    {
        var world = GoalWorld.Create(new DateTimeOffset(2026, 1, 2, 2, 0, 0, TimeSpan.Zero));
        var active = Enumerable.Range(1, 5).Select(m => world.Goal($"M{m}").Month(m).Tiers(null, 100_000m, null).Active().Create()).ToList();
        var draft = world.Goal("M6 draft").Month(6).Tiers(null, 100_000m, null).Create();
        var asOf = new DateTime(2026, 6, 30, 12, 0, 0, DateTimeKind.Utc);

        var pages = new List<int>();
        Guid? next = null;
        do
        {
            var response = world.EvaluatePace(asOf, next, 2);
            pages.Add((int)response.Results[EvaluatePace.EvaluatedOutput]);
            next = (Guid)response.Results[EvaluatePace.NextGoalIdOutput];
        }
        while (next != Guid.Empty && pages.Count < 10);

        CollectionAssert.AreEqual(new[] { 2, 2, 1 }, pages);
        foreach (var goal in active)
        {
            Assert.AreEqual(asOf, world.Read(goal).GetAttributeValue<DateTime>(F.LastComputedOn), "every active goal is evaluated as of the date");
            Assert.AreEqual(StatusAtRisk, Status(world, goal), "months that ended with nothing won are at risk");
        }

        Assert.IsNull(world.Read(draft).GetAttributeValue<OptionSetValue>(F.PaceStatus), "drafts are not evaluated");
    }

    [TestMethod]
    [DataRow(1033, "PageSize must be between 1 and 500")]
    [DataRow(2052, "PageSize 必须在 1 到 500 之间")]
    public void EvaluatePace_PageSizeOutOfRange_FailsInTheCallersLanguage(int language, string message)
    {
        var world = GoalWorld.Create();
        var caller = world.Env.Seed.User("Ops", languageId: language);

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => world.EvaluatePace(pageSize: 0, asUser: caller));

        StringAssert.Contains(fault.Message, message);
    }

    [TestMethod]
    public void EvaluatePace_PageSizeOfTheWrongType_IsRefusedByTheCustomApiDefinition()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1").Active().Create();
        var before = world.Read(goal).GetAttributeValue<DateTime?>(F.LastComputedOn);

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => world.EvaluatePace(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), pageSize: "200"));

        StringAssert.Contains(fault.Message, "PageSize");
        Assert.AreEqual(before, world.Read(goal).GetAttributeValue<DateTime?>(F.LastComputedOn), "nothing was evaluated");
    }

    private static int? Status(GoalWorld world, Guid goal) => world.Read(goal).GetAttributeValue<OptionSetValue>(F.PaceStatus)?.Value;

    private static List<Entity> OpenAtRiskAlerts(GoalWorld world, Guid goal) =>
        world.AsSystem.RetrieveMultiple(new QueryExpression(SgGoalAlert.LogicalName) { ColumnSet = new ColumnSet(true) }).Entities
            .Where(a => a.GetAttributeValue<EntityReference>(SgGoalAlert.Fields.GoalId).Id == goal
                && a.GetAttributeValue<OptionSetValue>(SgGoalAlert.Fields.Kind).Value == SgGoalAlert.Options.KindAtRisk
                && a.GetAttributeValue<OptionSetValue>(SgGoalAlert.Fields.AlertStatus).Value == SgGoalAlert.Options.StatusOpen)
            .ToList();
}

using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Configuration;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Configuration;

/// <summary>Issue 11: the solution's environment variables sg_AlertThreshold and sg_DefaultCalendar drive the
/// plug-ins on the local Dataverse; an admin's value overrides the definition's default.</summary>
[TestClass]
public sealed class EnvironmentVariableTests
{
    private const int StatusAtRisk = 100000002;
    private const int StatusBehind = 100000001;
    private static readonly DateTime Sunday15Feb = new(2026, 2, 15, 12, 0, 0, DateTimeKind.Utc);

    // goals.md E6/E7: 650,000 won of a seasonal 2,300,000 quarter is 23.53 % behind the expected 850,000 on 15 Feb.
    private static (GoalWorld World, Guid Goal) E7Goal()
    {
        var world = GoalWorld.Create(new DateTimeOffset(2026, 1, 12, 2, 0, 0, TimeSpan.Zero));
        var profile = world.Seasonality(PaceSetup.E5Weights);
        var goal = world.Goal("Q1 2026").Tiers(null, 2_300_000m, null)
            .With(F.SeasonalityProfileId, new EntityReference(SgSeasonalityProfile.LogicalName, profile)).Active().Create();
        world.Win(world.Opportunity(world.Rep), 650_000m, new DateTime(2026, 1, 5));
        return (world, goal);
    }

    [TestMethod]
    [DataRow(null, StatusAtRisk, 1, DisplayName = "no value: the default 0.20 applies, 23.53 % behind is at risk")]
    [DataRow("0.25", StatusBehind, 0, DisplayName = "value 0.25: 23.53 % behind is only behind, no alert")]
    [DataRow("0.23", StatusAtRisk, 1, DisplayName = "value 0.23: at risk")]
    [DataRow("not a number", StatusAtRisk, 1, DisplayName = "unusable value: the default 0.20 applies")]
    public void EvaluatePace_AlertThresholdValue_DecidesAtRiskAndTheAlert(string? value, int status, int alerts)
    {
        var (world, goal) = E7Goal();
        if (value is not null)
        {
            world.SetEnvironmentVariable(EnvironmentVariableNames.AlertThreshold, value);
            world.AfterCacheLifetime();
        }

        world.EvaluatePace(Sunday15Feb);

        Assert.AreEqual(23.53m, world.Read(goal).GetAttributeValue<decimal>(F.PaceGap));
        Assert.AreEqual(status, Status(world, goal));
        Assert.HasCount(alerts, OpenAlerts(world, goal));
    }

    [TestMethod]
    public void EvaluatePace_AlertThresholdChangedFrom20To25Percent_NextSweepAfterTheCacheSaysBehind()
    {
        var (world, goal) = E7Goal();
        world.EvaluatePace(Sunday15Feb);
        Assert.AreEqual(StatusAtRisk, Status(world, goal), "with the default 0.20");

        world.SetEnvironmentVariable(EnvironmentVariableNames.AlertThreshold, "0.25");
        world.AfterCacheLifetime();
        world.EvaluatePace(Sunday15Feb);

        Assert.AreEqual(StatusBehind, Status(world, goal), "with the admin's 0.25");
    }

    [TestMethod]
    public void EvaluatePace_ThresholdInGoalSettings_WinsOverTheEnvironmentVariable()
    {
        var (world, goal) = E7Goal();
        world.Settings("UTC", atRiskThreshold: 0.30m);
        world.SetEnvironmentVariable(EnvironmentVariableNames.AlertThreshold, "0.10");
        world.AfterCacheLifetime();

        world.EvaluatePace(Sunday15Feb);

        Assert.AreEqual(StatusBehind, Status(world, goal), "the Setup area's 0.30 applies, not the environment's 0.10");
    }

    [TestMethod]
    [DataRow(null, 125_000, DisplayName = "default 'China (Mainland)': the Spring Festival week is off, 16 working days")]
    [DataRow("Plain weekdays", 100_000, DisplayName = "value names the plain calendar: 10 of 20 weekdays")]
    [DataRow("No such calendar", 100_000, DisplayName = "value names no calendar: Monday to Friday")]
    public void EvaluatePace_DefaultCalendarVariable_NamesTheCalendarOfGoalsWithoutOne(string? value, int expected)
    {
        // Feb 2026 (UTC): 20 weekdays; the Chinese calendar drops 16–20 Feb and adds Saturday 14 Feb. As of Friday 13 Feb
        // 10 of 16 working days have passed there (125,000 of 200,000), 10 of 20 on plain weekdays.
        var world = GoalWorld.Create(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));
        var china = world.Calendar(Enumerable.Range(16, 5).Select(d => new DateTime(2026, 2, d)).ToArray(), [new DateTime(2026, 2, 14)]);
        world.AsSystem.Update(new Entity(SgWorkingDayCalendar.LogicalName, china) { [SgWorkingDayCalendar.Fields.Name] = "China (Mainland)" });
        var plain = world.Calendar([], []);
        world.AsSystem.Update(new Entity(SgWorkingDayCalendar.LogicalName, plain) { [SgWorkingDayCalendar.Fields.Name] = "Plain weekdays" });
        if (value is not null)
        {
            world.SetEnvironmentVariable(EnvironmentVariableNames.DefaultCalendar, value);
        }

        var goal = world.Goal("Feb 2026").Month(2).Tiers(null, 200_000m, null).Active().Create();
        world.EvaluatePace(new DateTime(2026, 2, 13, 17, 0, 0, DateTimeKind.Utc));

        Assert.AreEqual((decimal)expected, world.Read(goal).GetAttributeValue<decimal>(F.ExpectedToDate));
    }

    private static int? Status(GoalWorld world, Guid goal) => world.Read(goal).GetAttributeValue<OptionSetValue>(F.PaceStatus)?.Value;

    private static Entity[] OpenAlerts(GoalWorld world, Guid goal) =>
        world.AsSystem.RetrieveMultiple(new QueryExpression(SgGoalAlert.LogicalName) { ColumnSet = new ColumnSet(true) }).Entities
            .Where(a => a.GetAttributeValue<EntityReference>(SgGoalAlert.Fields.GoalId).Id == goal
                && a.GetAttributeValue<OptionSetValue>(SgGoalAlert.Fields.Kind).Value == SgGoalAlert.Options.KindAtRisk
                && a.GetAttributeValue<OptionSetValue>(SgGoalAlert.Fields.AlertStatus).Value == SgGoalAlert.Options.StatusOpen)
            .ToArray();
}

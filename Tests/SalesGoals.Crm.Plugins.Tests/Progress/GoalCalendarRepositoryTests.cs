using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Progress;

/// <summary>The working days and seasonality a February goal's expected-to-date follows: only active settings and
/// exceptions count, a calendar without weekend days rests Saturday and Sunday, and a profile counts only when some weight is positive.
/// A 200,000 goal for February 2026 (20 weekdays) expects 100,000 by Friday 13 Feb on plain weekdays.</summary>
[TestClass]
public sealed class GoalCalendarRepositoryTests
{
    private const int Inactive = 1;
    private const int Friday = 100000005;
    private const int Saturday = 100000006;
    private static readonly DateTimeOffset EarlyFebruary = new(2026, 2, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Friday13Feb = new(2026, 2, 13, 12, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    public void EvaluatePace_OnlyAnInactiveSettingsRow_ItsDefaultCalendarIsIgnored()
    {
        // Arrange: the deactivated settings named a calendar with the Spring Festival week off.
        var world = GoalWorld.Create(EarlyFebruary);
        var holidays = Calendar(world, [Saturday, SgWorkingDayCalendar.Options.Sunday], SpringFestival());
        var settings = world.Settings("UTC", defaultCalendar: holidays);
        world.AsSystem.Update(new Entity(SgGoalSetting.LogicalName, settings) { [SgGoalSetting.Fields.StateCode] = new OptionSetValue(Inactive) });
        var goal = February(world);

        // Act
        world.EvaluatePace(Friday13Feb);

        // Assert
        Assert.AreEqual(100_000m, Expected(world, goal), "plain weekdays");
    }

    [TestMethod]
    [DataRow(false, 100_000, DisplayName = "Sunday only weekend, no calendar days set → Saturday and Sunday")]
    [DataRow(true, 91_666.67, DisplayName = "Sunday only weekend: 11 of 24 days")]
    public void EvaluatePace_CalendarWeekend_ExpectedCountsItsWorkingDays(bool sundayOnly, double expected)
    {
        // Arrange
        var world = GoalWorld.Create(EarlyFebruary);
        var calendar = Calendar(world, sundayOnly ? [SgWorkingDayCalendar.Options.Sunday] : null);
        var goal = February(world, calendar);

        // Act
        world.EvaluatePace(Friday13Feb);

        // Assert
        Assert.AreEqual((decimal)expected, Expected(world, goal));
    }

    [TestMethod]
    public void EvaluatePace_InactiveCalendarExceptions_AreIgnored()
    {
        // Arrange: the Spring Festival week entered, then deactivated.
        var world = GoalWorld.Create(EarlyFebruary);
        var calendar = Calendar(world, [Saturday, SgWorkingDayCalendar.Options.Sunday], SpringFestival(Inactive));
        var goal = February(world, calendar);

        // Act
        world.EvaluatePace(Friday13Feb);

        // Assert
        Assert.AreEqual(100_000m, Expected(world, goal));
    }

    [TestMethod]
    public void EvaluatePace_ExceptionWithoutAWorkingDayAnswer_IsAHoliday()
    {
        // Arrange: Friday 13 Feb entered without saying whether it is worked: 9 of 19 working days by then.
        var world = GoalWorld.Create(EarlyFebruary);
        var calendar = Calendar(world, [Saturday, SgWorkingDayCalendar.Options.Sunday], (new DateTime(2026, 2, 13), null, 0));
        var goal = February(world, calendar);

        // Act
        world.EvaluatePace(Friday13Feb);

        // Assert
        Assert.AreEqual(94_736.84m, Expected(world, goal));
    }

    [TestMethod]
    public void EvaluatePace_ThreeGoalsSharingACalendarAndAProfile_ReadsSettingsCalendarAndProfileOnce()
    {
        // Arrange
        var world = GoalWorld.Create(EarlyFebruary);
        var calendar = Calendar(world, [Friday, Saturday], SpringFestival());
        world.Settings("Asia/Shanghai", defaultCalendar: calendar);
        var profile = world.Seasonality(PaceSetup.E5Weights);
        for (var i = 0; i < 3; i++)
        {
            world.Goal($"Q1 {i}").Assignee(new[] { world.Rep, world.OtherRep, world.Manager }[i]).Tiers(null, 2_300_000m, null).With(F.SeasonalityProfileId, new EntityReference(SgSeasonalityProfile.LogicalName, profile)).Active().Create();
        }

        // Act
        var calls = PluginCalls.During(world.Env, () => world.EvaluatePace(Friday13Feb));

        // Assert
        Assert.AreEqual(1, calls.QueriesOf(SgGoalSetting.LogicalName), "settings");
        Assert.AreEqual(1, calls.Count("Retrieve", SgWorkingDayCalendar.LogicalName), "calendar");
        Assert.AreEqual(1, calls.QueriesOf(SgCalendarException.LogicalName), "its exceptions");
        Assert.AreEqual(1, calls.Count("Retrieve", SgSeasonalityProfile.LogicalName), "profile");
    }

    [TestMethod]
    [DataRow(new[] { 0.0, 0.0, 0.0 }, true, DisplayName = "all zero: no seasonality")]
    [DataRow(new[] { 0.0, 1.0, 1.0 }, false, DisplayName = "January off, February and March even: seasonal")]
    public void EvaluatePace_SeasonalityProfileWeights_CountOnlyWhenSomeArePositive(double[] quarter, bool flat)
    {
        // Arrange: a Q1 goal with the profile (April–December weighted 1) beside the same goal without one.
        var world = GoalWorld.Create(new DateTimeOffset(2026, 1, 12, 2, 0, 0, TimeSpan.Zero));
        var weights = quarter.Select(w => (decimal)w).Concat(Enumerable.Repeat(flat && quarter.All(w => w == 0) ? 0m : 1m, 9)).ToArray();
        var profile = world.Seasonality(weights);
        var seasonal = world.Goal("Q1 seasonal").Tiers(null, 2_300_000m, null).With(F.SeasonalityProfileId, new EntityReference(SgSeasonalityProfile.LogicalName, profile)).Active().Create();
        var plain = world.Goal("Q1 plain").Assignee(world.OtherRep).Tiers(null, 2_300_000m, null).Active().Create();

        // Act
        world.EvaluatePace(Friday13Feb);

        // Assert
        Assert.AreEqual(flat, Expected(world, seasonal) == Expected(world, plain), $"{Expected(world, seasonal)} vs {Expected(world, plain)}");
    }

    private static Guid February(GoalWorld world, Guid? calendar = null) =>
        world.Goal("Feb 2026").Month(2).Tiers(null, 200_000m, null)
            .With(F.CalendarId, calendar is { } c ? new EntityReference(SgWorkingDayCalendar.LogicalName, c) : null).Active().Create();

    private static decimal Expected(GoalWorld world, Guid goal) => world.Read(goal).GetAttributeValue<decimal>(F.ExpectedToDate);

    private static (DateTime, bool?, int)[] SpringFestival(int state = 0) =>
        [.. Enumerable.Range(16, 5).Select(d => (new DateTime(2026, 2, d), (bool?)false, state))];

    private static Guid Calendar(GoalWorld world, int[]? weekend, params (DateTime Day, bool? Working, int State)[] exceptions)
    {
        var calendar = world.Env.Seed.Row(new Entity(SgWorkingDayCalendar.LogicalName)
        {
            ["sg_name"] = "Calendar",
            [SgWorkingDayCalendar.Fields.WeekendDays] = weekend is null ? null : new OptionSetValueCollection([.. weekend.Select(d => new OptionSetValue(d))]),
        });
        foreach (var (day, working, state) in exceptions)
        {
            var exception = world.Env.Seed.Row(new Entity(SgCalendarException.LogicalName)
            {
                ["sg_name"] = "Exception",
                [SgCalendarException.Fields.CalendarId] = new EntityReference(SgWorkingDayCalendar.LogicalName, calendar),
                [SgCalendarException.Fields.Date] = day,
                [SgCalendarException.Fields.IsWorkingDay] = working,
            });
            if (state != 0)
            {
                world.AsSystem.Update(new Entity(SgCalendarException.LogicalName, exception) { [SgCalendarException.Fields.StateCode] = new OptionSetValue(state) });
            }
        }

        return calendar;
    }
}

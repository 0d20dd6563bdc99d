using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Planning;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>
/// A plan's calendar and profile are found by their own names only (another calendar, its holidays and another profile
/// stay as they are), written only when they differ from the plan, and linked to every goal of a sliced apply too.
/// </summary>
[TestClass]
public sealed class PlanReferenceScopeTests
{
    private static PlanBuilder WithCalendarAndProfile(PlanBuilder plan)
    {
        plan.Document.Calendar = new GoalPlanCalendar { Name = "China 2026", Weekend = [6, 7], Holidays = ["2026-03-05"], WorkingDays = ["2026-03-07"] };
        plan.Document.Seasonality = new GoalPlanSeasonality { Name = "Retail", Weights = [.. Enumerable.Range(1, 12).Select(m => (decimal)m)] };
        return plan;
    }

    private static IReadOnlyList<Entity> All(GoalWorld world, string table) =>
        world.AsSystem.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    private static Entity Named(GoalWorld world, string table, string name) =>
        All(world, table).Single(r => r.GetAttributeValue<string>("sg_name") == name);

    private static Dictionary<Guid, long> Versions(GoalWorld world, params string[] tables) =>
        tables.SelectMany(t => All(world, t)).ToDictionary(r => r.Id, r => r.GetAttributeValue<long>("versionnumber"));

    [TestMethod]
    public void Apply_AnotherCalendarAndProfileStored_LeavesThemAndTheirHolidaysAsTheyAre()
    {
        var world = GoalWorld.Create();
        var other = world.AsSystem.Create(new Entity(SgWorkingDayCalendar.LogicalName)
        {
            ["sg_name"] = "Hong Kong 2026",
            [SgWorkingDayCalendar.Fields.WeekendDays] = new OptionSetValueCollection([new OptionSetValue(SgWorkingDayCalendar.Options.Sunday)]),
        });
        world.AsSystem.Create(new Entity(SgCalendarException.LogicalName)
        {
            ["sg_name"] = "2026-04-04",
            [SgCalendarException.Fields.CalendarId] = new EntityReference(SgWorkingDayCalendar.LogicalName, other),
            [SgCalendarException.Fields.Date] = new DateTime(2026, 4, 4, 0, 0, 0, DateTimeKind.Utc),
            [SgCalendarException.Fields.IsWorkingDay] = false,
        });
        var otherProfile = new Entity(SgSeasonalityProfile.LogicalName) { ["sg_name"] = "Wholesale" };
        foreach (var field in SgSeasonalityProfile.WeightFields)
        {
            otherProfile[field] = 1m;
        }

        world.AsSystem.Create(otherProfile);
        var before = Versions(world, SgWorkingDayCalendar.LogicalName, SgCalendarException.LogicalName, SgSeasonalityProfile.LogicalName);
        var plan = WithCalendarAndProfile(new PlanBuilder(world));

        plan.Apply();

        var calendar = Named(world, SgWorkingDayCalendar.LogicalName, "China 2026");
        var profile = Named(world, SgSeasonalityProfile.LogicalName, "Retail");
        CollectionAssert.IsSubsetOf(before.ToList(), Versions(world, SgWorkingDayCalendar.LogicalName, SgCalendarException.LogicalName, SgSeasonalityProfile.LogicalName).ToList(), "the other rows are untouched");
        Assert.HasCount(2, All(world, SgWorkingDayCalendar.LogicalName));
        CollectionAssert.AreEquivalent(
            new[] { "Hong Kong 2026 2026-04-04", "China 2026 2026-03-05", "China 2026 2026-03-07" },
            All(world, SgCalendarException.LogicalName)
                .Select(e => All(world, SgWorkingDayCalendar.LogicalName).Single(c => c.Id == e.GetAttributeValue<EntityReference>(SgCalendarException.Fields.CalendarId).Id).GetAttributeValue<string>("sg_name") + " " + e.GetAttributeValue<string>("sg_name"))
                .ToArray(),
            "each exception is named by its date");
        Assert.IsTrue(plan.StoredGoals().All(g => g.GetAttributeValue<EntityReference>(F.CalendarId).Id == calendar.Id && g.GetAttributeValue<EntityReference>(F.SeasonalityProfileId).Id == profile.Id));
    }

    [TestMethod]
    [DataRow("same plan")]
    [DataRow("a goal left out, kept")]
    [DataRow("remove missing, nothing missing")]
    [DataRow("weekend in another order")]
    public void Apply_CalendarAndProfileAsStored_WritesNeither(string scenario)
    {
        var world = GoalWorld.Create();
        var plan = WithCalendarAndProfile(new PlanBuilder(world));
        plan.Apply();
        var before = Versions(world, SgWorkingDayCalendar.LogicalName, SgCalendarException.LogicalName, SgSeasonalityProfile.LogicalName);
        switch (scenario)
        {
            case "same plan": break;
            case "a goal left out, kept": plan.Without(PlanBuilder.Olga); break;
            case "remove missing, nothing missing": plan.Document.RemoveMissing = true; break;
            case "weekend in another order": plan.Document.Calendar!.Weekend = [7, 6]; break;
            default: throw new ArgumentOutOfRangeException(nameof(scenario));
        }

        var outcome = plan.Apply();

        Assert.AreEqual((0, 0, 0), (outcome.Created, outcome.Updated, outcome.Activated));
        CollectionAssert.AreEquivalent(before, Versions(world, SgWorkingDayCalendar.LogicalName, SgCalendarException.LogicalName, SgSeasonalityProfile.LogicalName));
        Assert.IsTrue(plan.StoredGoals().All(g => g.GetAttributeValue<OptionSetValue>("statecode").Value == 0), "nothing deactivated");
    }

    [TestMethod]
    public void Apply_LargePlanWithCalendarAndProfile_LinksEveryGoalOfEverySlice()
    {
        var world = GoalWorld.Create();
        var document = PlanDocuments.TwoReps(world, PeriodType.Day);
        document.Calendar = new GoalPlanCalendar { Name = "China 2026", Weekend = [6, 7], Holidays = ["2026-10-01"] };
        document.Seasonality = new GoalPlanSeasonality { Name = "Retail", Weights = [.. Enumerable.Repeat(1m, 12)] };

        var calls = PlanCalls.Until(world, PlanDocuments.Json(document));

        Assert.IsGreaterThan(2, calls.Count);
        Assert.AreEqual((document.Goals.Count, 0, 0, document.Goals.Count), (calls[^1].Created, calls[^1].Updated, calls[^1].Unchanged, calls[^1].Activated), "totals carried through every slice");
        var calendar = All(world, SgWorkingDayCalendar.LogicalName).Single().Id;
        var profile = All(world, SgSeasonalityProfile.LogicalName).Single().Id;
        var goals = new PlanBuilder(world).StoredGoals();
        Assert.HasCount(document.Goals.Count, goals);
        Assert.AreEqual(0, goals.Count(g => g.GetAttributeValue<EntityReference>(F.CalendarId)?.Id != calendar || g.GetAttributeValue<EntityReference>(F.SeasonalityProfileId)?.Id != profile));
    }
}

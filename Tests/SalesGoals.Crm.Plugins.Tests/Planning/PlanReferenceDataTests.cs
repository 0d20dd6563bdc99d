using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Planning;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>A plan's working-day calendar and seasonality profile: saved by name, kept in step with the plan, linked to its goals.</summary>
[TestClass]
public sealed class PlanReferenceDataTests
{
    private static PlanBuilder PlanWithCalendarAndProfile(GoalWorld world)
    {
        var plan = new PlanBuilder(world);
        plan.Document.Calendar = new GoalPlanCalendar { Name = "China 2026", Weekend = [6, 7, 7], Holidays = ["2026-03-05"], WorkingDays = ["2026-03-07"] };
        plan.Document.Seasonality = new GoalPlanSeasonality { Name = "Retail", Weights = [.. Enumerable.Range(1, 12).Select(m => m / 2m)] };
        return plan;
    }

    private static IReadOnlyList<Entity> All(GoalWorld world, string table) =>
        world.AsSystem.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    private static string[] Exceptions(GoalWorld world) =>
        [.. All(world, SgCalendarException.LogicalName)
            .Select(e => $"{e.GetAttributeValue<DateTime>(SgCalendarException.Fields.Date):yyyy-MM-dd} {(e.GetAttributeValue<bool>(SgCalendarException.Fields.IsWorkingDay) ? "working" : "holiday")}")
            .Order(StringComparer.Ordinal)];

    [TestMethod]
    public void Apply_NewCalendarAndProfile_SavesThemAndLinksEveryGoal()
    {
        var world = GoalWorld.Create();

        PlanWithCalendarAndProfile(world).Apply();

        var calendar = All(world, SgWorkingDayCalendar.LogicalName).Single();
        var profile = All(world, SgSeasonalityProfile.LogicalName).Single();
        Assert.AreEqual("China 2026", calendar.GetAttributeValue<string>(SgWorkingDayCalendar.Fields.Name));
        CollectionAssert.AreEquivalent(new[] { SgWorkingDayCalendar.Options.Monday + 5, SgWorkingDayCalendar.Options.Sunday }, calendar.GetAttributeValue<OptionSetValueCollection>(SgWorkingDayCalendar.Fields.WeekendDays).Select(o => o.Value).ToArray());
        CollectionAssert.AreEqual(new[] { "2026-03-05 holiday", "2026-03-07 working" }, Exceptions(world));
        Assert.AreEqual("Retail", profile.GetAttributeValue<string>("sg_name"));
        CollectionAssert.AreEqual(Enumerable.Range(1, 12).Select(m => m / 2m).ToArray(), SgSeasonalityProfile.WeightFields.Select(f => profile.GetAttributeValue<decimal>(f)).ToArray());
        foreach (var goal in new PlanBuilder(world).StoredGoals())
        {
            Assert.AreEqual(calendar.Id, goal.GetAttributeValue<EntityReference>(F.CalendarId)?.Id);
            Assert.AreEqual(profile.Id, goal.GetAttributeValue<EntityReference>(F.SeasonalityProfileId)?.Id);
        }
    }

    [TestMethod]
    public void Apply_SameCalendarAndProfileAgain_ChangesNothing()
    {
        var world = GoalWorld.Create();
        var plan = PlanWithCalendarAndProfile(world);
        plan.Apply();
        var rows = All(world, SgCalendarException.LogicalName).Select(e => e.Id).ToList();

        var outcome = plan.Apply();

        Assert.AreEqual((0, 0, 3, 0), (outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Activated));
        CollectionAssert.AreEquivalent(rows, All(world, SgCalendarException.LogicalName).Select(e => e.Id).ToList());
    }

    [TestMethod]
    [DataRow("holiday moved", "2026-03-06 holiday|2026-03-07 working", 6)]
    [DataRow("make-up day now a holiday", "2026-03-05 holiday|2026-03-07 holiday", 6)]
    [DataRow("weekend", "2026-03-05 holiday|2026-03-07 working", 6)]
    [DataRow("weight", "2026-03-05 holiday|2026-03-07 working", 9)]
    public void Apply_ChangedCalendarOrProfile_BringsTheStoredOnesToThePlan(string change, string exceptions, int decemberWeight)
    {
        var world = GoalWorld.Create();
        var plan = PlanWithCalendarAndProfile(world);
        plan.Apply();
        var calendar = plan.Document.Calendar!;
        switch (change)
        {
            case "holiday moved": calendar.Holidays = ["2026-03-06"]; break;
            case "make-up day now a holiday": (calendar.Holidays, calendar.WorkingDays) = (["2026-03-05", "2026-03-07"], []); break;
            case "weekend": calendar.Weekend = [7]; break;
            case "weight": plan.Document.Seasonality!.Weights[11] = 9m; break;
            default: throw new ArgumentOutOfRangeException(nameof(change));
        }

        var outcome = plan.Apply();

        Assert.AreEqual((0, 0, 3, 0), (outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Activated), "the goals themselves are unchanged");
        CollectionAssert.AreEqual(exceptions.Split('|'), Exceptions(world));
        var stored = All(world, SgWorkingDayCalendar.LogicalName).Single();
        Assert.HasCount(change == "weekend" ? 1 : 2, stored.GetAttributeValue<OptionSetValueCollection>(SgWorkingDayCalendar.Fields.WeekendDays));
        var profile = All(world, SgSeasonalityProfile.LogicalName).Single();
        Assert.AreEqual("Retail", profile.GetAttributeValue<string>("sg_name"));
        Assert.AreEqual((decimal)decemberWeight, profile.GetAttributeValue<decimal>(SgSeasonalityProfile.WeightFields[11]));
    }

    [TestMethod]
    public void Apply_CalendarAndProfileAddedToAnAppliedPlan_LinksTheExistingGoals()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        var withReferences = PlanWithCalendarAndProfile(world);

        var linked = withReferences.Apply();
        var again = withReferences.Apply();

        Assert.AreEqual((0, 3, 0), (linked.Created, linked.Updated, linked.Unchanged));
        Assert.AreEqual((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        var calendar = All(world, SgWorkingDayCalendar.LogicalName).Single().Id;
        var profile = All(world, SgSeasonalityProfile.LogicalName).Single().Id;
        Assert.IsTrue(plan.StoredGoals().All(g => g.GetAttributeValue<EntityReference>(F.CalendarId)?.Id == calendar && g.GetAttributeValue<EntityReference>(F.SeasonalityProfileId)?.Id == profile));
    }
}

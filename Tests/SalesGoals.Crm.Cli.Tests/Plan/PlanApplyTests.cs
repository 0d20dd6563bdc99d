using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Plan.Building;
using SalesGoals.Crm.Cli.Plan.Reading;
using SalesGoals.Crm.Cli.Tests.Support;

namespace SalesGoals.Crm.Cli.Tests.Plan;

/// <summary><c>plan apply</c> end to end: the CLI's pipeline → the Web API gateway over HTTP → the local Web API →
/// sg_ApplyGoalPlan → the goal plug-ins, in the local Dataverse loaded from Solution/.</summary>
[TestClass]
public sealed class PlanApplyTests
{
    private const int SystemUser = 0;

    private static JsonObject Plan(string depth = "quarter")
    {
        var plan = PlanFiles.Example();
        plan["depth"] = depth;
        return plan;
    }

    private static PlanTree TreeOf(JsonObject plan) => PlanTreeBuilder.Build(PlanParser.Parse(plan.DeepClone()).Plan!, new PreviewDirectory());

    [TestMethod]
    public async Task Apply_NewPlan_WritesWholeTreeActiveWithCalendarAndProfile()
    {
        await using var harness = await CliHarness.StartAsync();
        PlanWorld.Seed(harness);
        var plan = Plan();
        var expected = TreeOf(plan);

        var run = await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(plan));

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, $"Applied: {expected.All.Count} created, 0 updated, 0 unchanged.", run.ToString());
        var goals = PlanWorld.Goals(harness);
        Assert.HasCount(expected.All.Count, goals);
        Assert.IsTrue(goals.All(g => g.GetAttributeValue<OptionSetValue>("sg_goalstatus").Value == 100000001), "every goal Active");
        var company = goals.Single(g => g.GetAttributeValue<EntityReference>("sg_parentgoalid") is null);
        Assert.AreEqual(120000000m, company.GetAttributeValue<decimal>("sg_targetvalue"));
        Assert.IsTrue(company.GetAttributeValue<bool>("sg_islocked"));
        var byKey = expected.All.ToDictionary(n => n.Goal.Name!, n => n);
        foreach (var goal in goals)
        {
            Assert.AreEqual(byKey[goal.GetAttributeValue<string>("sg_name")].Goal.Target, goal.GetAttributeValue<decimal>("sg_targetvalue"), goal.GetAttributeValue<string>("sg_name"));
        }

        Assert.AreEqual(1, PlanWorld.Count(harness, "sg_seasonalityprofile"));
        Assert.AreEqual(12, PlanWorld.Count(harness, "sg_calendarexception"));
        Assert.IsTrue(goals.All(g => g.GetAttributeValue<EntityReference>("sg_calendarid") is not null && g.GetAttributeValue<EntityReference>("sg_seasonalityprofileid") is not null));
    }

    [TestMethod]
    [Timeout(600_000)]
    public async Task Apply_DepthDayLargerThanOneSlice_AppliedSliceBySliceThenSameFileChangesNothing()
    {
        await using var harness = await CliHarness.StartAsync();
        PlanWorld.Seed(harness);
        // Days of five reps (two months end on a Monday in 2026: one-day weeks): far more goals than one slice.
        var plan = Plan("day");
        plan.Remove("splits");
        var expected = TreeOf(plan);
        var file = PlanFiles.WriteJson(plan);

        var run = await harness.RunAsync("plan", "apply", file);
        var again = await harness.RunAsync("plan", "apply", file);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "Slice 1 committed", run.ToString());
        StringAssert.Contains(run.Output, $"Applied: {expected.All.Count} created, 0 updated, 0 unchanged.", run.ToString());
        StringAssert.Contains(run.Output, "Counted the records that already exist", run.ToString());
        var goals = PlanWorld.Goals(harness);
        Assert.HasCount(expected.All.Count, goals);
        Assert.IsTrue(goals.All(g => g.GetAttributeValue<OptionSetValue>("sg_goalstatus").Value == 100000001), "every goal Active");
        Assert.AreEqual(ExitCodes.Ok, again.ExitCode, again.ToString());
        StringAssert.Contains(again.Output, $"Nothing to change: Dataverse already holds this plan ({expected.All.Count} goals).", again.ToString());
    }

    [TestMethod]
    public async Task Apply_SameFileAgain_ChangesNothing()
    {
        await using var harness = await CliHarness.StartAsync();
        PlanWorld.Seed(harness);
        var file = PlanFiles.WriteJson(Plan());
        Assert.AreEqual(ExitCodes.Ok, (await harness.RunAsync("plan", "apply", file)).ExitCode);
        var before = PlanWorld.Goals(harness).ToDictionary(g => g.Id, g => g.GetAttributeValue<long>("versionnumber"));

        var run = await harness.RunAsync("plan", "apply", file);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, $"Nothing to change: Dataverse already holds this plan ({before.Count} goals).", run.ToString());
        CollectionAssert.AreEquivalent(before, PlanWorld.Goals(harness).ToDictionary(g => g.Id, g => g.GetAttributeValue<long>("versionnumber")));
    }

    [TestMethod]
    public async Task Apply_EditedFlexibleMonths_UpdatesOnlyWhatChanged()
    {
        await using var harness = await CliHarness.StartAsync();
        PlanWorld.Seed(harness);
        var plan = Plan("month");
        Assert.AreEqual(ExitCodes.Ok, (await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(plan))).ExitCode);
        var before = TreeOf(plan);
        // Swap January and February: every quarter keeps its weight, so only month goals (flexible) move.
        var weights = (JsonArray)((JsonObject)plan["seasonality"]!)["weights"]!;
        (weights[0], weights[1]) = (weights[1]!.DeepClone(), weights[0]!.DeepClone());
        var after = TreeOf(plan);
        var changed = after.All.Where(n => before.All.Single(b => b.Key == n.Key) is var old
            && (old.Goal.Target != n.Goal.Target || old.Goal.Base != n.Goal.Base || old.Goal.Stretch != n.Goal.Stretch)).ToList();
        Assert.IsTrue(changed.Count > 0 && changed.All(n => n.Goal.PeriodType == GoalEngine.Time.PeriodType.Month), "the edit moves month goals only");

        var run = await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(plan));

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, $"Applied: 0 created, {changed.Count} updated, {after.All.Count - changed.Count} unchanged.", run.ToString());
        var stored = PlanWorld.Goals(harness).ToDictionary(g => g.GetAttributeValue<string>("sg_name"));
        foreach (var node in changed)
        {
            Assert.AreEqual(node.Goal.Target, stored[node.Goal.Name!].GetAttributeValue<decimal>("sg_targetvalue"), node.Key);
        }
    }

    [TestMethod]
    public async Task Apply_LockedGoalWouldChange_RefusedAskingForAdjustmentNothingWritten()
    {
        await using var harness = await CliHarness.StartAsync();
        PlanWorld.Seed(harness);
        var plan = Plan();
        Assert.AreEqual(ExitCodes.Ok, (await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(plan))).ExitCode);
        var before = PlanWorld.Goals(harness).ToDictionary(g => g.Id, g => g.GetAttributeValue<decimal>("sg_targetvalue"));
        plan["target"] = "130000000";

        var run = await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(plan));

        Assert.AreEqual(ExitCodes.Failure, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "Nothing was written", run.ToString());
        StringAssert.Contains(run.Error, "FY2026 won revenue: the goal is locked and the plan changes", run.ToString());
        StringAssert.Contains(run.Error, "target 120000000 → 130000000", run.ToString());
        StringAssert.Contains(run.Error, "submit an adjustment request", run.ToString());
        CollectionAssert.AreEquivalent(before, PlanWorld.Goals(harness).ToDictionary(g => g.Id, g => g.GetAttributeValue<decimal>("sg_targetvalue")));
    }

    [TestMethod]
    public async Task Apply_RuleBrokenHalfwayThrough_RolledBackNothingWritten()
    {
        await using var harness = await CliHarness.StartAsync();
        PlanWorld.Seed(harness);
        // The director also carries a quota: the rep goal has the company goal's scope (same user, metric, year, no
        // dimension), which only the goal plug-ins notice, after the company and team goals were created.
        var plan = Plan("year");
        plan.Remove("splits");
        var reps = (JsonArray)((JsonObject)((JsonArray)plan["teams"]!)[1]!)["reps"]!;
        reps.Add(new JsonObject { ["user"] = "sales.director@contoso.com", ["capacity"] = "1" });

        var run = await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(plan));

        Assert.AreEqual(ExitCodes.Failure, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "Nothing was written", run.ToString());
        Assert.AreEqual(0, PlanWorld.Count(harness, "sg_goal"), "no goal left behind");
        Assert.AreEqual(0, PlanWorld.Count(harness, "sg_seasonalityprofile"), "no profile left behind");
    }

    [TestMethod]
    public async Task Apply_NamesDataverseDoesNotKnow_EveryOneListedExitTwo()
    {
        await using var harness = await CliHarness.StartAsync();
        PlanWorld.Seed(harness);
        var plan = Plan();
        var teams = (JsonArray)plan["teams"]!;
        ((JsonObject)teams[1]!)["name"] = "West sales";
        ((JsonObject)((JsonArray)((JsonObject)teams[0]!)["reps"]!)[2]!)["user"] = "nobody@contoso.com";

        var run = await harness.RunAsync("plan", "apply", PlanFiles.WriteXlsx(plan));

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "Teams!A3: no Dataverse team is named 'West sales'", run.ToString());
        StringAssert.Contains(run.Error, "Reps!B4: no enabled Dataverse user has the e-mail 'nobody@contoso.com'", run.ToString());
        Assert.AreEqual(0, PlanWorld.Count(harness, "sg_goal"));
    }
}

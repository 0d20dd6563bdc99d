using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Plan.Building;
using SalesGoals.Crm.Cli.Plan.Reading;
using SalesGoals.Crm.Cli.Tests.Support;

namespace SalesGoals.Crm.Cli.Tests.Plan;

/// <summary><c>plan apply</c> of an edited plan that no longer has some goals already in Dataverse (here: the plan goes
/// from month depth back to quarter depth, so every month goal is gone from the file).</summary>
[TestClass]
public sealed class PlanApplyRemovedTests
{
    private static JsonObject Plan(string depth)
    {
        var plan = PlanFiles.Example();
        plan["depth"] = depth;
        return plan;
    }

    private static int CountOf(JsonObject plan) => PlanTreeBuilder.Build(PlanParser.Parse(plan.DeepClone()).Plan!, new PreviewDirectory()).All.Count;

    private static int Live(CliHarness harness) => PlanWorld.Goals(harness).Count(g => g.GetAttributeValue<OptionSetValue>("statecode")?.Value is null or 0);

    [TestMethod]
    [Timeout(420_000, CooperativeCancellation = true)]
    public async Task Apply_GoalsDroppedFromPlan_ListedWithPathAndKept()
    {
        await using var harness = await CliHarness.StartAsync();
        PlanWorld.Seed(harness);
        Assert.AreEqual(ExitCodes.Ok, (await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(Plan("month")))).ExitCode);
        var all = Live(harness);
        var dropped = all - CountOf(Plan("quarter"));

        var run = await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(Plan("quarter")));

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, $"{dropped} goal(s) in Dataverse are no longer in the plan; they were kept as they are (deactivate them with --remove-missing):", run.ToString());
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex(@"FY2026 won revenue / .+ / .+2026-01.*│\s*kept\s*│\s*0"), run.ToString());
        Assert.AreEqual(all, Live(harness), "nothing deactivated without --remove-missing");
    }

    [TestMethod]
    [Timeout(420_000, CooperativeCancellation = true)]
    public async Task Apply_RemoveMissing_DroppedFlexibleGoalsDeactivatedInChinese()
    {
        await using var harness = await CliHarness.StartAsync();
        PlanWorld.Seed(harness);
        Assert.AreEqual(ExitCodes.Ok, (await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(Plan("month")))).ExitCode);
        var kept = CountOf(Plan("quarter"));
        var dropped = Live(harness) - kept;

        var run = await harness.RunInAsync(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), "plan", "apply", PlanFiles.WriteJson(Plan("quarter")), "--remove-missing");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, $"已停用 {dropped} 个不再在规划中的目标：", run.ToString());
        StringAssert.Contains(run.Output, "已停用", run.ToString());
        Assert.AreEqual(kept, Live(harness), "only the plan's goals stay active");
        Assert.AreEqual(ExitCodes.Ok, (await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(Plan("quarter")), "--remove-missing")).ExitCode);
    }

    [TestMethod]
    [Timeout(420_000, CooperativeCancellation = true)]
    public async Task Apply_RemoveMissingWouldDeactivateLockedGoals_RefusedNothingWritten()
    {
        await using var harness = await CliHarness.StartAsync();
        PlanWorld.Seed(harness);
        Assert.AreEqual(ExitCodes.Ok, (await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(Plan("quarter")))).ExitCode);
        var all = Live(harness);

        // Year depth drops the quarter goals, which are locked (lockedLevels: year, quarter).
        var run = await harness.RunAsync("plan", "apply", PlanFiles.WriteJson(Plan("year")), "--remove-missing");

        Assert.AreEqual(ExitCodes.Failure, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "Nothing was written", run.ToString());
        StringAssert.Matches(run.Error, new System.Text.RegularExpressions.Regex(@"FY2026 won revenue / .+Q1.*: the plan removes this goal, but it is locked; submit an adjustment request"), run.ToString());
        Assert.AreEqual(all, Live(harness));
    }
}

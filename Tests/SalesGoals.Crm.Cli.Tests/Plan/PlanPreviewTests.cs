using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Tests.Support;

namespace SalesGoals.Crm.Cli.Tests.Plan;

[TestClass]
public sealed class PlanPreviewTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [TestMethod]
    public async Task Preview_ExampleYaml_PrintsWholeTreeWithTotalsCheckedExitZero()
    {
        var run = await CliHarness.RunOfflineAsync(English, "plan", "preview", PlanFiles.ExampleYaml, "--max-nodes", "100000");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        // 1 company + 3 product lines + 6 teams + 15 reps + 60 quarters + 180 months, less the new hire's Q1 and its
        // 3 months in each product line (zhao.min joins in April): 265 - 12.
        StringAssert.Contains(run.Output, "FY2026 won revenue: 253 goals (171 leaves), depth month", run.ToString());
        StringAssert.Contains(run.Output, "Hardware  Year 2026-01-01..2026-12-31  40,000,000.00 / 48,000,000.00 /", run.ToString());
        StringAssert.Contains(run.Output, "Rolled-up totals checked", run.ToString());
    }

    [TestMethod]
    public async Task Preview_ExampleWorkbook_SameTreeAsYaml()
    {
        var yaml = await CliHarness.RunOfflineAsync(English, "plan", "preview", PlanFiles.ExampleYaml, "--max-nodes", "100000");
        var xlsx = await CliHarness.RunOfflineAsync(English, "plan", "preview", PlanFiles.ExampleXlsx, "--max-nodes", "100000");

        Assert.AreEqual(ExitCodes.Ok, xlsx.ExitCode, xlsx.ToString());
        Assert.AreEqual(yaml.Output, xlsx.Output);
    }

    [TestMethod]
    public async Task Preview_PlanWithManyProblems_ListsEveryOneWithItsPathExitTwo()
    {
        var file = PlanFiles.WriteYaml("""
            name: x
            metric: nope
            currency: CNYY
            year: 2026
            target: 100
            base: 200
            depth: fortnight
            seasonality: {name: s, weights: [1, 2]}
            splits:
              - dimension: productLine
                shares: {Hardware: 50, Spaceships: 50}
            teams:
              - name: A
                reps:
                  - {user: bad, capacity: 20}
              - name: B
                reps: []
            """);

        var run = await CliHarness.RunOfflineAsync(English, "plan", "preview", file);

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "The plan has 9 problem(s):", run.ToString());
        foreach (var expected in new[]
        {
            "metric: unknown metric 'nope'", "currency: must be a 3-letter ISO currency code, not 'CNYY'",
            "target: tiers out of order: base 200 ≤ target 100", "depth: must be year, quarter, month, week or day, not 'fortnight'",
            "seasonality.weights: needs 12 monthly weights (January first), not 2",
            "splits[0].shares.Spaceships: 'Spaceships' is not a productLine value", "teams[0].reps[0].user: must be the user's primary e-mail, not 'bad'",
            "teams[0].reps[0].capacity: must be between 0 and 10, not 20", "teams[1].reps: needs at least one entry",
        })
        {
            StringAssert.Contains(run.Error, expected, run.ToString());
        }

        Assert.DoesNotContain("   at ", run.Error);
    }

    [TestMethod]
    public async Task Preview_ProblemsInChinese_WhenLangZh()
    {
        var file = PlanFiles.WriteYaml("name: x\nmetric: won-revenue\ncurrency: CNY\nyear: 2026\ntarget: 100\nteams: []\n");

        var run = await CliHarness.RunOfflineAsync(English, "plan", "preview", file, "--lang", "zh");

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "规划有 1 个问题：", run.ToString());
        StringAssert.Contains(run.Error, "teams: 至少需要一项", run.ToString());
    }

    [TestMethod]
    public async Task Preview_WorkbookWithBadCells_NamesEachCell()
    {
        var plan = PlanFiles.Example();
        var reps = (JsonArray)((JsonObject)((JsonArray)plan["teams"]!)[0]!)["reps"]!;
        ((JsonObject)reps[1]!)["capacity"] = "lots";
        ((JsonObject)reps[2]!)["hireDate"] = "2026-13-01";
        ((JsonArray)((JsonObject)plan["seasonality"]!)["weights"]!)[3] = "-1";
        var file = PlanFiles.WriteXlsx(plan);

        var run = await CliHarness.RunOfflineAsync(English, "plan", "preview", file);

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "Reps!C3: must be a number, not 'lots'", run.ToString());
        StringAssert.Contains(run.Error, "Reps!D4: must be a date yyyy-MM-dd, not '2026-13-01'", run.ToString());
        StringAssert.Contains(run.Error, "Seasonality!B5: must not be negative (-1)", run.ToString());
    }

    [TestMethod]
    [DataRow("missing.yaml", "does not exist")]
    [DataRow("plan.txt", "is not a plan file")]
    public async Task Preview_FileMissingOrOfAnotherKind_OneLineExitTwo(string name, string expected)
    {
        var file = Path.Combine(Path.GetTempPath(), System.Guid.NewGuid().ToString("N") + "-" + name);
        if (name.EndsWith(".txt", System.StringComparison.Ordinal))
        {
            await File.WriteAllTextAsync(file, "name: x");
        }

        var run = await CliHarness.RunOfflineAsync(English, "plan", "preview", file);

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, expected, run.ToString());
        Assert.HasCount(1, run.Error.Trim().Split('\n'), "one clear line: " + run.Error);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Tests.Support;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Cli.Tests.Walkthrough;

/// <summary>
/// The sandbox README's walkthrough as a user runs it: a sandbox with a week of won deals (--deals-week 2026-W48), the
/// example plan applied with <c>sg plan apply</c>, then <c>sg report weekly --as-of</c> that Friday with its files.
/// </summary>
[TestClass]
public sealed class SandboxWalkthroughTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task PlanApplyThenReportWeekly_WeekOfDealsInSandbox_WeekActualsAreTheWeeksWins()
    {
        // Arrange: the sandbox as `--deals-week 2026-W48` starts it (today: that Friday), after its first cycle.
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { AsOf = Monday.AddDays(4), DealsWeek = Monday, CycleTimeout = TimeSpan.FromMinutes(3) });
        await sandbox.RunCycleAsync(CancellationToken.None);
        var dataverse = new DataverseWebApiOptions { Url = sandbox.WebApi.Url, Credential = sandbox.WebApi.CreateCredential() };
        var folder = Path.Combine(Path.GetTempPath(), "sg-walkthrough-" + Guid.NewGuid().ToString("N"));

        try
        {
            // Act
            var apply = await CliHarness.RunWithDataverseAsync(dataverse, "plan", "apply", PlanFiles.ExampleYaml);
            var report = await CliHarness.RunWithDataverseAsync(dataverse, "report", "weekly", "--as-of", "2026-11-27", "--out", folder);

            // Assert: the plan counts the week's Dataverse wins (the ones with a product line; the plan splits by it)…
            Assert.AreEqual(0, apply.ExitCode, apply.Error + apply.Output);
            Assert.AreEqual(0, report.ExitCode, report.Error + report.Output);
            StringAssert.Contains(report.Output, "2026-W48");
            var lines = ReadCsv(Path.Combine(folder, "report.csv"));
            Assert.AreEqual(WeekOfDeals.DataverseWins.Sum(w => w.Amount), WeekActual(lines, "FY2026 won revenue"));

            // …and each of the sandbox's reps this week's wins in Dataverse, Zoho and Fenxiang alike.
            foreach (var rep in sandbox.Seed.Reps)
            {
                var owner = rep.Email.Split('@')[0];
                var expected = WeekOfDeals.DataverseWins.Where(w => w.Owner == owner).Sum(w => w.Amount)
                    + WeekOfDeals.ZohoWins.Where(w => w.Owner == owner).Sum(w => w.Amount)
                    + WeekOfDeals.FenxiangWins.Where(w => w.Owner == owner).Sum(w => w.Amount);
                Assert.IsGreaterThan(0m, expected, rep.FullName);
                Assert.AreEqual(expected, WeekActual(lines, $"Won revenue 2026 · {rep.FullName}"), rep.FullName);
            }

            foreach (var file in new[] { "report.xlsx", "attainment.png", "pace.png" })
            {
                Assert.IsGreaterThan(1000L, new FileInfo(Path.Combine(folder, file)).Length, file);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static List<string[]> ReadCsv(string path) =>
        File.ReadAllLines(path).Select(l => l.TrimStart('\uFEFF').Split(',')).ToList();

    // The goal names of this walkthrough hold no comma or quote, so a plain split reads their rows.
    private static decimal WeekActual(List<string[]> lines, string goal)
    {
        var header = lines[0];
        var row = lines.Single(l => l[Array.IndexOf(header, "Goal")] == goal);
        return decimal.Parse(row[Array.IndexOf(header, "This week")], CultureInfo.InvariantCulture);
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Testing;
using SalesGoals.Crm.Worker.Tests.Support;
using SalesGoals.Crm.Zoho.Emulator.Seeding;

namespace SalesGoals.Crm.Worker.Tests.Run;

/// <summary>
/// <c>run</c> as a separate OS process (<c>dotnet SalesGoals.Crm.Worker.dll run</c>) configured only by environment
/// variables, against the sandbox's servers started here: the local Dataverse Web API (signed in to as a managed
/// identity), the Zoho and Fenxiang emulators and the embedded Service Bus broker, all over loopback sockets.
/// </summary>
[TestClass]
public sealed class RunProcessTests
{
    // Generous: on a loaded 2-core machine a pull cycle of the process can take tens of seconds; each wait ends early when done.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(45);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(420_000)]
    public async Task Run_ProcessConfiguredByEnvironment_WinsInBothCrmsReachDataverseAndSigtermExitsZero()
    {
        // Arrange
        await using var environment = await WorkerEnvironment.StartAsync();
        var sandbox = environment.Sandbox;
        using var folder = new TemporaryFolder();
        var variables = environment.ProcessVariables("process-a", Path.Combine(folder.Path, "health.json"));
        using var worker = WorkerProcess.Start(variables, folder.Path);
        await WaitForFirstPullsAsync(worker);
        var rep = sandbox.Seed.Reps.First(r => r.ZohoUserId is not null && r.FenxiangEmployeeId is not null);
        var repGoal = sandbox.Seed.RepGoalIds[rep.UserId];
        var repBefore = await ActualAsync(environment, repGoal);
        var companyBefore = await ActualAsync(environment, sandbox.Seed.CompanyGoalId);

        // Act: a deal won in each CRM.
        var watch = Stopwatch.StartNew();
        sandbox.Zoho.Seed.AddDeal(new ZohoDealSeed("Process test: Zoho win", "Closed Won", 10_000m, sandbox.Seed.Today, rep.ZohoUserId!) { Currency = "CNY", ModifiedTime = sandbox.Zoho.Options.TimeProvider.GetUtcNow() });
        sandbox.Fenxiang.Tenant.Seed(FenxiangDefaultMapping.OpportunityObject, new JsonObject
        {
            ["name"] = "Process test: Fenxiang win",
            ["amount"] = "20000.00",
            ["sales_status"] = "2",
            ["sales_stage"] = "stage_5",
            ["owner"] = new JsonArray(rep.FenxiangEmployeeId),
            ["close_date"] = new DateTimeOffset(sandbox.Seed.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUnixTimeMilliseconds(),
        }, sandbox.Fenxiang.Options.TimeProvider.GetUtcNow());

        // Assert: the rep's and the company's actuals in Dataverse, then the goal rows in both CRMs.
        await WaitAsync(worker, async () => await ActualAsync(environment, repGoal) == repBefore + 30_000m, async () => $"rep actual {repBefore} + 30000, now {await ActualAsync(environment, repGoal)}");
        TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture, $"won in the emulators → rep actual in Dataverse: {watch.Elapsed.TotalSeconds:0.0} s (poll interval 10 s)"));
        Assert.AreEqual(companyBefore + 30_000m, await ActualAsync(environment, sandbox.Seed.CompanyGoalId), "the company goal rolls the wins up");
        var expected = repBefore + 30_000m;
        await WaitAsync(worker, () => Task.FromResult(GoalRowActual(sandbox.ZohoGoalRows(), "Goal_Id", "Actual_Value", repGoal) == expected
            && GoalRowActual(sandbox.FenxiangGoalRows(), "goal_id__c", "actual__c", repGoal) == expected), () => Task.FromResult($"goal rows in Zoho and Fenxiang at {expected}"));

        var exit = await worker.TerminateAsync(ExitTimeout);

        Assert.AreEqual(0, exit, worker.Output);
        Assert.AreEqual("Stopped", worker.Health()?["status"]?.GetValue<string>(), "the health file says the worker stopped");
        foreach (var secret in new[] { variables["Zoho__ClientSecret"], variables["Zoho__RefreshToken"], variables["Fenxiang__AppSecret"], variables["IDENTITY_HEADER"] })
        {
            Assert.DoesNotContain(secret, worker.Output, "no secret in the worker's log");
        }
    }

    [TestMethod]
    [Timeout(420_000)]
    public async Task Run_KilledInTheMiddleOfAPullThenRestarted_EveryDealCountedOnce()
    {
        // Arrange: a worker writing in small bulk chunks, so a pull of many deals takes several UpsertMultiple requests.
        const int Deals = 600;
        await using var environment = await WorkerEnvironment.StartAsync();
        var sandbox = environment.Sandbox;
        using var folder = new TemporaryFolder();
        var variables = environment.ProcessVariables("process-crash", Path.Combine(folder.Path, "health.json"), v => v["Dataverse__BulkChunkSize"] = "50");
        var rep = sandbox.Seed.Reps.First(r => r.ZohoUserId is not null);
        var repGoal = sandbox.Seed.RepGoalIds[rep.UserId];
        var company = sandbox.Seed.CompanyGoalId;
        int zohoRows;
        decimal repBefore;
        decimal companyBefore;
        using (var first = WorkerProcess.Start(variables, folder.Path))
        {
            await WaitForFirstPullsAsync(first);
            zohoRows = await ZohoRowsAsync(environment);
            repBefore = await ActualAsync(environment, repGoal);
            companyBefore = await ActualAsync(environment, company);
            var writesBefore = BulkWrites(environment);
            for (var i = 0; i < Deals; i++)
            {
                sandbox.Zoho.Seed.AddDeal(new ZohoDealSeed($"Crash test {i}", "Closed Won", 100m, sandbox.Seed.Today, rep.ZohoUserId!) { Currency = "CNY", ModifiedTime = sandbox.Zoho.Options.TimeProvider.GetUtcNow() });
            }

            // Act: SIGKILL once the pull has written two chunks of the new deals, long before its last.
            await WaitAsync(first, () => Task.FromResult(BulkWrites(environment) >= writesBefore + 2), () => Task.FromResult("two bulk writes of the new deals"));
            await first.KillAsync(ExitTimeout);
        }

        var rowsAtKill = await ZohoRowsAsync(environment);
        Assert.IsLessThan(zohoRows + Deals, rowsAtKill, "the worker was killed before the pull finished");
        Assert.IsGreaterThan(zohoRows, rowsAtKill, "the worker was killed after the pull had written some deals");

        using (var second = WorkerProcess.Start(variables, folder.Path))
        {
            await WaitAsync(second, async () => await ActualAsync(environment, repGoal) == repBefore + Deals * 100m, async () => $"rep actual {repBefore} + {Deals * 100}, now {await ActualAsync(environment, repGoal)}; Zoho rows {await ZohoRowsAsync(environment)} of {zohoRows + Deals}");
            Assert.AreEqual(0, await second.TerminateAsync(ExitTimeout), second.Output);
        }

        // Assert: one row per deal, each counted once on the rep and the company goal, and a full recalculation agrees.
        Assert.AreEqual(zohoRows + Deals, await ZohoRowsAsync(environment));
        Assert.AreEqual(repBefore + Deals * 100m, await ActualAsync(environment, repGoal));
        Assert.AreEqual(companyBefore + Deals * 100m, await ActualAsync(environment, company));
        Assert.AreEqual(await Recalculation.RepActualAsync(sandbox, rep.UserId), await ActualAsync(environment, repGoal), "the rep's actual = their wins recounted from the rows");
        var (_, last) = await sandbox.RunRecalculationAsync(company, TestContext.CancellationToken);
        Assert.IsTrue(last.Done);
        Assert.AreEqual(repBefore + Deals * 100m, await ActualAsync(environment, repGoal), "sg_RecalculateGoal finds the same rep actual");
        Assert.AreEqual(companyBefore + Deals * 100m, await ActualAsync(environment, company), "sg_RecalculateGoal finds the same company actual");
    }

    private static async Task WaitForFirstPullsAsync(WorkerProcess worker) =>
        await WaitAsync(worker, () => Task.FromResult(worker.PulledEverySystem(2)), () => Task.FromResult($"a successful pull of both systems in the health file: {worker.Health()?.ToJsonString()}"));

    // Polls until done, failing (with the worker's log) after the timeout or as soon as the worker exits.
    private static Task WaitAsync(WorkerProcess worker, Func<Task<bool>> done, Func<Task<string>> what) =>
        WorkerProcessWait.UntilAsync(worker, done, what, Timeout);

    private static async Task<decimal> ActualAsync(WorkerEnvironment environment, Guid goal) =>
        (await environment.Sandbox.Dataverse.GetGoalsAsync(CancellationToken.None)).Single(g => g.Id == goal).Actual ?? 0m;

    private static async Task<int> ZohoRowsAsync(WorkerEnvironment environment) =>
        (await environment.Sandbox.Dataverse.GetExternalActualsAsync(CancellationToken.None)).Count(r => r.System == ExternalSystem.Zoho);

    private static int BulkWrites(WorkerEnvironment environment) =>
        environment.Sandbox.WebApi.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.Contains("UpsertMultiple", StringComparison.Ordinal) && r.Status == 204);

    private static decimal? GoalRowActual(IReadOnlyList<JsonObject> rows, string idField, string actualField, Guid goal) => rows
        .Where(r => r[idField]?.GetValue<string>() == goal.ToString("D")).Select(r => (decimal?)JsonNumbers.Decimal(r[actualField])).FirstOrDefault();
}

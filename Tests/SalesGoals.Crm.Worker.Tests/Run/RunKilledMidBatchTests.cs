using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Testing;
using SalesGoals.Crm.Worker.Messaging;
using SalesGoals.Crm.Worker.Tests.Support;
using SalesGoals.Crm.Zoho.Emulator.Seeding;

namespace SalesGoals.Crm.Worker.Tests.Run;

/// <summary>
/// #13 faults: <c>run</c> (a process of its own) SIGKILLed while it works through a batch of queued messages — goal
/// changes to write to Zoho and Fenxiang, with Zoho wins being pulled at the same time — then started again. The
/// messages it held come back when their locks expire; every goal keeps one row in each CRM carrying its Dataverse
/// actual, every deal is counted once, and the totals equal a full recalculation.
/// </summary>
[TestClass]
public sealed class RunKilledMidBatchTests
{
    private const int Rounds = 25;
    private const int Wins = 40;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(45);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(480_000)]
    public async Task Run_KilledMidBatchOfGoalChangesThenRestarted_OneRowPerGoalEveryDealOnceTotalsRecalculate()
    {
        // Arrange: a worker that has pulled both CRMs once (so every goal already has its row in each).
        await using var environment = await WorkerEnvironment.StartAsync();
        var sandbox = environment.Sandbox;
        using var folder = new TemporaryFolder();
        var variables = environment.ProcessVariables("process-batch", Path.Combine(folder.Path, "health.json"));
        var rep = sandbox.Seed.Reps.First(r => r.ZohoUserId is not null);
        var repGoal = sandbox.Seed.RepGoalIds[rep.UserId];
        var goals = (await sandbox.Dataverse.GetGoalsAsync(CancellationToken.None)).Select(g => g.Id).ToList();
        var queue = environment.QueueName;
        int zohoRowsBefore, fenxiangRowsBefore;
        decimal repBefore;
        using (var first = WorkerProcess.Start(variables, folder.Path))
        {
            await WaitAsync(first, () => Task.FromResult(first.PulledEverySystem(2) && sandbox.ZohoGoalRows().Count > 0 && sandbox.FenxiangGoalRows().Count > 0), () => "first pulls and goal rows");
            zohoRowsBefore = sandbox.ZohoGoalRows().Count;
            fenxiangRowsBefore = sandbox.FenxiangGoalRows().Count;
            repBefore = await ActualAsync(environment, repGoal);

            // Act: wins in Zoho (pulled within the poll interval) and a batch of goal changes (as Dataverse posts them).
            for (var i = 0; i < Wins; i++)
            {
                sandbox.Zoho.Seed.AddDeal(new ZohoDealSeed($"Batch test {i}", "Closed Won", 100m, sandbox.Seed.Today, rep.ZohoUserId!) { Currency = "CNY", ModifiedTime = sandbox.Zoho.Options.TimeProvider.GetUtcNow() });
            }

            var writesBefore = GoalWrites(environment);
            await SendGoalChangesAsync(environment, goals);
            await WaitAsync(first, () => Task.FromResult(GoalWrites(environment) >= writesBefore + goals.Count * 3), () => "some of the batch written");
            await first.KillAsync(ExitTimeout);
        }

        var atKill = sandbox.Broker.GetStatistics(queue);
        Assert.IsGreaterThan(0, atKill.ActiveMessageCount + atKill.LockedMessageCount, $"the worker was killed with the batch unfinished: {atKill}");

        using (var second = WorkerProcess.Start(variables, folder.Path))
        {
            await WaitAsync(second, async () => sandbox.Broker.GetStatistics(queue) is { ActiveMessageCount: 0, LockedMessageCount: 0 }
                && await ActualAsync(environment, repGoal) == repBefore + Wins * 100m
                && await RowsMatchDataverseAsync(environment), async () => $"queue drained ({sandbox.Broker.GetStatistics(queue)}), rep actual {await ActualAsync(environment, repGoal)} of {repBefore + Wins * 100m}, rows match Dataverse: {await RowsMatchDataverseAsync(environment)}");
            Assert.AreEqual(0, await second.TerminateAsync(ExitTimeout), second.Output);
        }

        // Assert: one row per goal in each CRM (none created twice), every deal once, totals = a full recalculation.
        var expected = sandbox.Seed.ExternalDeals.ToList();
        var outcome = await FaultChecks.CheckAsync(sandbox, expected, CancellationToken.None);
        TestContext.WriteLine($"killed with {atKill.ActiveMessageCount + atKill.LockedMessageCount} of {Rounds * goals.Count} goal changes unfinished; {outcome}");
        Assert.AreEqual(zohoRowsBefore, sandbox.ZohoGoalRows().Count, "no goal row created twice in Zoho");
        Assert.AreEqual(fenxiangRowsBefore, sandbox.FenxiangGoalRows().Count, "no goal row created twice in Fenxiang");
        Assert.AreEqual(repBefore + Wins * 100m, await ActualAsync(environment, repGoal), "each of the wins counted once");
        Assert.IsTrue(await RowsMatchDataverseAsync(environment), "after the recalculation the CRM rows still carry Dataverse's actuals");
        outcome.AssertNothingLostNothingTwice();
    }

    /// <summary>Rounds × goals "Update sg_goal" posts, each its own message (Dataverse posts every update).</summary>
    private static async Task SendGoalChangesAsync(WorkerEnvironment environment, IReadOnlyList<Guid> goals)
    {
        await using var client = new ServiceBusQueueClient(environment.Sandbox.Broker.ConnectionString);
        await using var sender = client.CreateSender(environment.QueueName);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var goal in goals)
            {
                var body = JsonSerializer.SerializeToUtf8Bytes(new { message = "Update", entity = "sg_goal", id = goal });
                await sender.SendAsync(new QueueMessage(body)
                {
                    MessageId = $"{SyncMessages.DataverseEvent}:{goal:N}:batch-{round}",
                    Subject = SyncMessages.DataverseEvent,
                    ContentType = "application/json",
                });
            }
        }
    }

    /// <summary>Writes of goal rows so far: Zoho upserts of Sales_Targets and Fenxiang creates/updates.</summary>
    private static int GoalWrites(WorkerEnvironment environment) =>
        environment.Sandbox.Fenxiang.Stats.CallsEndingWith("/data/update") + environment.Sandbox.Fenxiang.Stats.CallsEndingWith("/data/create")
        + environment.Sandbox.Zoho.Stats.WriteBatchSizes.Count;

    /// <summary>Every goal row in both CRMs carries the goal's Dataverse actual, and no goal has two rows.</summary>
    private static async Task<bool> RowsMatchDataverseAsync(WorkerEnvironment environment)
    {
        var goals = (await environment.Sandbox.Dataverse.GetGoalsAsync(CancellationToken.None)).ToDictionary(g => g.Id.ToString("D"), g => g.Actual ?? 0m);
        return Match(environment.Sandbox.ZohoGoalRows(), "Goal_Id", "Actual_Value", goals) && Match(environment.Sandbox.FenxiangGoalRows(), "goal_id__c", "actual__c", goals);
    }

    private static bool Match(IReadOnlyList<JsonObject> rows, string idField, string actualField, Dictionary<string, decimal> goals)
    {
        var ids = rows.Select(r => r[idField]?.GetValue<string>() ?? string.Empty).ToList();
        return ids.Count == ids.Distinct(StringComparer.Ordinal).Count()
            && rows.All(r => goals.TryGetValue(r[idField]?.GetValue<string>() ?? string.Empty, out var actual) && JsonNumbers.Decimal(r[actualField]) == actual);
    }

    private static async Task<decimal> ActualAsync(WorkerEnvironment environment, Guid goal) =>
        (await environment.Sandbox.Dataverse.GetGoalsAsync(CancellationToken.None)).Single(g => g.Id == goal).Actual ?? 0m;

    private static Task WaitAsync(WorkerProcess worker, Func<Task<bool>> done, Func<Task<string>> what) =>
        WorkerProcessWait.UntilAsync(worker, done, what, Timeout);

    private static Task WaitAsync(WorkerProcess worker, Func<Task<bool>> done, Func<string> what) =>
        WaitAsync(worker, done, () => Task.FromResult(what()));
}

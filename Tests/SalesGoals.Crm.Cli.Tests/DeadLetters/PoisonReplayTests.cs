using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Tests.Support;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.Testing;
using SalesGoals.Crm.Worker.Messaging;

namespace SalesGoals.Crm.Cli.Tests.DeadLetters;

/// <summary>
/// #13 faults, a poison message end to end: the sandbox's worker cannot pull Fenxiang (no OpenAPI quota, 30003) and
/// dead-letters the pull with its reason; an operator sees it with the built <c>sg</c> (a process, configured by
/// environment variables), fixes the cause, replays it, and every deal is then counted once, in step with a full
/// recalculation.
/// </summary>
[TestClass]
public sealed class PoisonReplayTests
{
    private const int Cycle = 100;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(420_000, CooperativeCancellation = true)]
    public async Task Replay_PoisonPullAfterTheFix_DeadLetteredWithReasonThenEveryDealCountedOnce()
    {
        // Arrange: a pull of Fenxiang while Fenxiang answers 30003 to every call.
        var ct = TestContext.CancellationToken;
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { AsOf = new DateOnly(2026, 6, 30), CycleTimeout = TimeSpan.FromMinutes(3) }, ct);
        var environment = new Dictionary<string, string>
        {
            ["ServiceBus__ConnectionString"] = sandbox.Broker.ConnectionString,
            ["ServiceBus__QueueName"] = sandbox.QueueName,
        };
        // The sandbox's seeding posts goal events that its hosted worker publishes to both CRMs: they must be done
        // before Fenxiang starts refusing, so that the pull under test is the only dead-letter.
        await WaitForQuietQueueAsync(sandbox);
        var deadBefore = sandbox.ConsumerCounters.DeadLettered;
        sandbox.Fenxiang.Faults.NoQuota = true;
        var poison = SyncMessages.Create(SyncMessages.PullActuals, new SyncCommand(ExternalSystem.Fenxiang, Cycle));
        await sandbox.SendAsync(poison, ct);
        await WaitAsync(() => sandbox.ConsumerCounters.DeadLettered == deadBefore + 1, () => $"the pull dead-lettered: {sandbox.ConsumerCounters}");

        // Act: look, fix, replay.
        var peek = await CliProcess.RunAsync(environment, "dlq", "peek", "--lang", "en");
        var list = await CliProcess.RunAsync(environment, "dlq", "list", "--lang", "zh");
        sandbox.Fenxiang.Faults.NoQuota = false;
        var replay = await CliProcess.RunAsync(environment, "dlq", "replay", "--id", poison.MessageId!, "--lang", "en");
        await WaitAsync(() => sandbox.Activity.Publication(ExternalSystem.Fenxiang, Cycle) is not null,
            () => $"the replayed pull and its progress publication: {sandbox.ConsumerCounters}; failures: {string.Join(" | ", sandbox.Activity.Failures)}");
        var after = await CliProcess.RunAsync(environment, "dlq", "list", "--lang", "en");

        // Assert: the dead-letter was explained, the replay moved it, and the deals it carried are counted once.
        Assert.AreEqual(0, peek.ExitCode, peek.ToString());
        StringAssert.Contains(peek.Output, poison.MessageId!, peek.ToString());
        StringAssert.Contains(peek.Output, "30003", "the reason names Fenxiang's refusal: " + peek);
        Assert.AreEqual(0, list.ExitCode, list.ToString());
        StringAssert.Contains(list.Output, "原因", "the listing in Chinese: " + list);
        Assert.AreEqual(0, replay.ExitCode, replay.ToString());
        StringAssert.Contains(replay.Output, $"Replayed {poison.MessageId}", replay.ToString());
        StringAssert.Contains(after.Output, "No dead-lettered message", after.ToString());
        Assert.AreEqual(0, deadBefore, "nothing was dead-lettered before the fault");
        Assert.AreEqual(1, sandbox.ConsumerCounters.DeadLettered, "the replay was not dead-lettered again");

        var expected = sandbox.Seed.ExternalDeals.Where(d => d.System == ExternalSystem.Fenxiang).ToList();
        var rows = (await sandbox.Dataverse.GetExternalActualsAsync(ct)).Where(r => r.System == ExternalSystem.Fenxiang).ToList();
        Assert.HasCount(expected.Count, rows, "every Fenxiang deal once: none lost, none twice");
        foreach (var deal in expected)
        {
            var row = rows.Single(r => r.ExternalId == deal.ExternalId);
            Assert.AreEqual(deal.Amount, row.Amount, deal.Name);
            Assert.AreEqual(deal.State, row.State, deal.Name);
        }

        var goals = await sandbox.Dataverse.GetGoalsAsync(ct);
        await sandbox.RunRecalculationAsync(sandbox.Seed.CompanyGoalId, ct);
        var recalculated = await sandbox.Dataverse.GetGoalsAsync(ct);
        foreach (var goal in goals)
        {
            Assert.AreEqual(recalculated.Single(g => g.Id == goal.Id).Actual ?? 0m, goal.Actual ?? 0m, $"{goal.Name}: the total after the replay equals a full recalculation");
        }
    }

    // Quiet: every posted goal event settled (completed, dead-lettered or a duplicate) and nothing received for 2 s.
    private static async Task WaitForQuietQueueAsync(SandboxHost sandbox)
    {
        var lastReceived = -1L;
        var quietSince = Stopwatch.StartNew();
        await WaitAsync(
            () =>
            {
                var counters = sandbox.ConsumerCounters;
                if (counters.Received != lastReceived)
                {
                    lastReceived = counters.Received;
                    quietSince.Restart();
                }

                var settled = counters.Completed + counters.DeadLettered + counters.Duplicates >= sandbox.Activity.DataverseEvents.Count;
                return settled && quietSince.Elapsed > TimeSpan.FromSeconds(2);
            },
            () => $"the seeding's goal events published: {sandbox.ConsumerCounters}, {sandbox.Activity.DataverseEvents.Count} posted");
    }

    private static async Task WaitAsync(Func<bool> done, Func<string> what)
    {
        if (!await Poll.UntilAsync(done, TimeSpan.FromSeconds(120), TimeSpan.FromMilliseconds(100)))
        {
            Assert.Fail("Not within 120 s: " + what());
        }
    }
}

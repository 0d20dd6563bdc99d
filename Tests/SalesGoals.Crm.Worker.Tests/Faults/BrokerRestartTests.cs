using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.Testing;
using SalesGoals.Crm.Worker.Tests.Support;

namespace SalesGoals.Crm.Worker.Tests.Faults;

/// <summary>
/// #13 faults: the Service Bus broker stopped and restarted while the worker is in the middle of a message (a pull of
/// Fenxiang deals). Every connection drops with it; the consumer and the senders reconnect, the message whose lock was
/// lost comes back after its lock expires and its second delivery has no second effect.
/// </summary>
[TestClass]
public sealed class BrokerRestartTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task RunCycle_BrokerStoppedAndRestartedMidMessage_ReconnectsRedeliversAndCountsEveryDealOnce()
    {
        // Arrange: the broker goes down on the Fenxiang pull's first data call and comes back a second later.
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { AsOf = new DateOnly(2026, 6, 30), CycleTimeout = TimeSpan.FromMinutes(3) }, TestContext.CancellationToken);
        var stops = 0;
        Task restart = Task.CompletedTask;
        sandbox.Fenxiang.Faults.AfterEachCall = path =>
        {
            if (path.Contains("/data/", StringComparison.Ordinal) && Interlocked.CompareExchange(ref stops, 1, 0) == 0)
            {
                sandbox.Broker.StopListener();
                restart = Task.Run(async () =>
                {
                    await Simulated.OutageAsync(TimeSpan.FromSeconds(1));
                    sandbox.Broker.StartListener();
                });
            }
        };

        // Act
        var cycle = await sandbox.RunCycleAsync(TestContext.CancellationToken);
        await restart;
        var counters = sandbox.ConsumerCounters;
        await WorkerEnvironment.WaitUntilAsync(() => Task.FromResult(sandbox.Broker.GetStatistics(sandbox.QueueName) is { ActiveMessageCount: 0, LockedMessageCount: 0 }
                && counters.Received == counters.Completed + counters.Retried + counters.SettlementFailures + counters.DeadLettered),
            TimeSpan.FromSeconds(120), () => $"the queue drained (a lost lock expires after 30 s) and every delivery settled: {sandbox.Broker.GetStatistics(sandbox.QueueName)}; {counters}");
        var duplicates = counters.Duplicates;
        var settlementFailures = counters.SettlementFailures;
        var outcome = await FaultChecks.CheckAsync(sandbox, sandbox.Seed.ExternalDeals, TestContext.CancellationToken);

        // Assert
        TestContext.WriteLine($"broker restarted {stops}×; redelivered duplicates {duplicates}, failed settlements {settlementFailures}; {outcome}");
        Assert.AreEqual(1, stops, "the broker went down mid-message");
        // The settlement of the message in flight is lost with its link: seen as a failed settlement, or silently when the
        // link had not yet noticed it was gone. Either way the broker delivers it again once its lock expires.
        Assert.IsGreaterThanOrEqualTo(1L, duplicates, "the message in flight came back after its lock expired and was recognised as done (no second effect)");
        Assert.AreEqual(0, cycle.MessagesDeadLettered);
        outcome.AssertNothingLostNothingTwice();
    }
}

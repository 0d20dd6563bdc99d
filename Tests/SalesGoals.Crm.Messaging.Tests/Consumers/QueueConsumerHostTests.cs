using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Messaging.Tests.Consumers;

[TestClass]
public sealed class QueueConsumerHostTests
{
    private static ConsumerHostOptions Options(int concurrency = 4, int attempts = 5) => new()
    {
        QueueName = "goals",
        MaxConcurrency = concurrency,
        MaxAttempts = attempts,
        ReceiveWait = TimeSpan.FromMilliseconds(200),
        ShutdownGracePeriod = TimeSpan.FromSeconds(5),
        ErrorDelay = TimeSpan.FromMilliseconds(50),
    };

    [TestMethod]
    [Timeout(60_000)]
    public async Task Run_ManyMessages_ProcessesEachOnceWithinTheConcurrencyBound()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        for (int i = 0; i < 24; i++)
        {
            await sender.SendAsync(Messages.Text($"m{i}", $"m-{i}"));
        }

        var handler = new RecordingHandler((_, ct) => Simulated.WorkAsync(TimeSpan.FromMilliseconds(20), ct));
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(), Options(concurrency: 3));
        await host.StartAsync(CancellationToken.None);
        bool done = await Poll.UntilAsync(() => host.Counters.Completed == 24);
        await host.StopAsync(CancellationToken.None);

        Assert.IsTrue(done, host.Counters.ToString());
        Assert.HasCount(24, handler.Effects);
        Assert.IsTrue(handler.Effects.Values.All(count => count == 1));
        Assert.IsLessThanOrEqualTo(3, handler.MaxConcurrent);
        Assert.AreEqual(24L, host.Counters.Received);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task Run_HandlerOutlastsTheLockDuration_LockIsRenewedAndTheMessageCompletedOnce()
    {
        // Arrange: a 2 s lock and a handler that needs 6 s (a long pull).
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals") { LockDuration = TimeSpan.FromSeconds(2) });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await sender.SendAsync(Messages.Text("long pull", "pull-1"));
        var handler = new RecordingHandler((_, ct) => Simulated.WorkAsync(TimeSpan.FromSeconds(6), ct));
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(), Options(concurrency: 2));

        // Act
        await host.StartAsync(CancellationToken.None);
        bool done = await Poll.UntilAsync(() => host.Counters.Completed + host.Counters.SettlementFailures >= 1, TimeSpan.FromSeconds(45));
        await host.StopAsync(CancellationToken.None);

        // Assert
        Assert.IsTrue(done, host.Counters.ToString());
        Assert.AreEqual(1L, host.Counters.Completed, host.Counters.ToString());
        Assert.AreEqual(0L, host.Counters.SettlementFailures, "the lock was still held when the handler finished");
        Assert.AreEqual(1L, host.Counters.Received, "no redelivery while the handler ran");
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task Run_SameMessageIdAndEntityVersionTwice_HasOneEffect()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        foreach (long version in new[] { 3L, 3L, 4L })
        {
            QueueMessage message = Messages.Text("goal changed", "goal-7");
            message.ApplicationProperties["entity-version"] = version;
            await sender.SendAsync(message);
        }

        var handler = new RecordingHandler();
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(), Options(concurrency: 1));
        await host.StartAsync(CancellationToken.None);
        bool done = await Poll.UntilAsync(() => host.Counters.Completed == 3);
        await host.StopAsync(CancellationToken.None);

        Assert.IsTrue(done, host.Counters.ToString());
        Assert.AreEqual(2, handler.Effects["goal-7"], "versions 3 and 4 each have one effect");
        Assert.AreEqual(1L, host.Counters.Duplicates);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task Run_HandlerAlwaysFails_DeadLettersAfterMaxAttemptsWithTheExceptionReason()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver deadLetters = client.CreateReceiver("goals", new QueueReceiverOptions { DeadLetterQueue = true });
        await sender.SendAsync(Messages.Text("poison", "poison-1"));

        var handler = new RecordingHandler((_, _) => throw new InvalidOperationException("Goal 42 has no owner."));
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(), Options(attempts: 3));
        await host.StartAsync(CancellationToken.None);
        bool done = await Poll.UntilAsync(() => host.Counters.DeadLettered == 1);
        await host.StopAsync(CancellationToken.None);
        ReceivedQueueMessage dead = (await deadLetters.ReceiveAsync(1, TimeSpan.FromSeconds(5)))[0];

        Assert.IsTrue(done, host.Counters.ToString());
        Assert.AreEqual(2L, host.Counters.Retried);
        Assert.AreEqual("InvalidOperationException", dead.DeadLetterReason);
        Assert.AreEqual("Goal 42 has no owner.", dead.DeadLetterErrorDescription);
        Assert.IsEmpty(handler.Effects);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task Run_UnprocessableMessage_IsDeadLetteredAtOnce()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await sender.SendAsync(Messages.Text("binary", "bin-1"));

        var handler = new RecordingHandler((_, _) => throw new UnprocessableMessageException("UnsupportedContentType", "application/msbin1 cannot be read."));
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(), Options());
        await host.StartAsync(CancellationToken.None);
        bool done = await Poll.UntilAsync(() => host.Counters.DeadLettered == 1);
        await host.StopAsync(CancellationToken.None);

        Assert.IsTrue(done, host.Counters.ToString());
        Assert.AreEqual(0L, host.Counters.Retried);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task StopAsync_HandlerStillRunningAfterGrace_AbandonsItSoItIsRedelivered()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await sender.SendAsync(Messages.Text("stuck", "stuck-1"));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler(async (_, ct) =>
        {
            started.TrySetResult();
            await Simulated.WorkUntilCancelledAsync(ct);
        });
        ConsumerHostOptions options = Options();
        options.ShutdownGracePeriod = TimeSpan.FromMilliseconds(100);
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(), options);

        await host.StartAsync(CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await host.StopAsync(CancellationToken.None);
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        ReceivedQueueMessage again = (await receiver.ReceiveAsync(1, TimeSpan.FromSeconds(5)))[0];

        Assert.AreEqual(1L, host.Counters.Retried);
        Assert.AreEqual("stuck-1", again.MessageId);
        Assert.AreEqual(2, again.DeliveryCount);
        Assert.IsEmpty(handler.Effects);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task StopAsync_HandlerFinishingWithinGrace_CompletesIt()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await sender.SendAsync(Messages.Text("quick", "quick-1"));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler(async (_, _) =>
        {
            started.TrySetResult();
            await Simulated.WorkAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        });
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(), Options());

        await host.StartAsync(CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await host.StopAsync(CancellationToken.None);

        Assert.AreEqual(1L, host.Counters.Completed);
        Assert.AreEqual(1, handler.Effects["quick-1"]);
        Assert.IsTrue(await Poll.UntilAsync(() => broker.Broker.GetStatistics("goals").LockedMessageCount == 0));
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task ConnectionKilledMidStream_LosesNoMessageAndNoMessageHasASecondEffect()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null,
            new QueueOptions("goals") { LockDuration = TimeSpan.FromSeconds(1), DuplicateDetectionWindow = TimeSpan.FromMinutes(5) });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        var handler = new RecordingHandler((_, _) => Simulated.WorkAsync(TimeSpan.FromMilliseconds(10), CancellationToken.None));
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(), Options(concurrency: 4));
        await host.StartAsync(CancellationToken.None);
        for (int i = 0; i < 40; i++)
        {
            await sender.SendAsync(Messages.Text($"m{i}", $"m-{i}"));
        }

        await Poll.UntilAsync(() => handler.Effects.Count >= 10);
        broker.Broker.StopListener();
        Task sendDuringOutage = Task.Run(async () =>
        {
            for (int i = 40; i < 60; i++)
            {
                await sender.SendAsync(Messages.Text($"m{i}", $"m-{i}"));
            }
        });
        await Simulated.OutageAsync(TimeSpan.FromMilliseconds(300));
        broker.Broker.StartListener();
        await sendDuringOutage;
        bool allProcessed = await Poll.UntilAsync(() => handler.Effects.Count == 60
            && broker.Broker.GetStatistics("goals") is { ActiveMessageCount: 0, LockedMessageCount: 0 }, TimeSpan.FromSeconds(20));
        await host.StopAsync(CancellationToken.None);

        Assert.IsTrue(allProcessed, $"{handler.Effects.Count} of 60 processed; {host.Counters}; {broker.Broker.GetStatistics("goals")}; connections {client.ConnectionsOpened}; missing {string.Join(",", Enumerable.Range(0, 60).Select(i => $"m-{i}").Where(id => !handler.Effects.ContainsKey(id)))}");
        Assert.IsTrue(handler.Effects.Values.All(count => count == 1), "a message had a second effect");
        Assert.IsGreaterThanOrEqualTo(2L, client.ConnectionsOpened);
        Assert.AreEqual(0, broker.Broker.GetStatistics("goals").DeadLetterMessageCount);
    }
}

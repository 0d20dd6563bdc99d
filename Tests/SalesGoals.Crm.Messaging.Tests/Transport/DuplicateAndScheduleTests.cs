using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Testing.Time;

namespace SalesGoals.Crm.Messaging.Tests.Transport;

[TestClass]
public sealed class DuplicateAndScheduleTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [TestMethod]
    [Timeout(60_000)]
    public async Task SendAsync_SameMessageIdWithinWindow_DropsTheDuplicate()
    {
        FakeTimeProvider clock = TestClocks.StartingNow();
        await using TestBroker broker = await TestBroker.StartAsync(o => o.TimeProvider = clock,
            new QueueOptions("goals") { DuplicateDetectionWindow = TimeSpan.FromMinutes(10) });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals", new QueueReceiverOptions { PrefetchCount = 5 });

        await sender.SendAsync(Messages.Text("first", "goal-42:v3"));
        clock.Advance(TimeSpan.FromMinutes(9));
        await sender.SendAsync(Messages.Text("second", "goal-42:v3"));
        IReadOnlyList<ReceivedQueueMessage> received = await receiver.ReceiveAsync(5, Wait);
        QueueStatistics afterReceive = broker.Broker.GetStatistics("goals");

        Assert.HasCount(1, received);
        Assert.AreEqual("first", Messages.Text(received[0]));
        Assert.AreEqual((0, 1), (afterReceive.ActiveMessageCount, afterReceive.LockedMessageCount), "one copy only, and it is the one received");
        Assert.AreEqual(1L, afterReceive.DuplicatesDropped);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task SendAsync_SameMessageIdAfterWindow_IsAcceptedAgain()
    {
        FakeTimeProvider clock = TestClocks.StartingNow();
        await using TestBroker broker = await TestBroker.StartAsync(o => o.TimeProvider = clock,
            new QueueOptions("goals") { DuplicateDetectionWindow = TimeSpan.FromMinutes(10) });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");

        await sender.SendAsync(Messages.Text("first", "goal-42:v3"));
        clock.Advance(TimeSpan.FromMinutes(11));
        await sender.SendAsync(Messages.Text("again", "goal-42:v3"));

        Assert.AreEqual(2, broker.Broker.GetStatistics("goals").ActiveMessageCount);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task SendAsync_SameMessageIdWithoutDetection_KeepsBoth()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");

        await sender.SendAsync(Messages.Text("first", "same"));
        await sender.SendAsync(Messages.Text("second", "same"));

        Assert.AreEqual(2, broker.Broker.GetStatistics("goals").ActiveMessageCount);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task ScheduleAsync_BeforeItsTime_IsNotDeliveredAndArrivesAfterwards()
    {
        FakeTimeProvider clock = TestClocks.StartingNow();
        await using TestBroker broker = await TestBroker.StartAsync(o => o.TimeProvider = clock, new QueueOptions("sweeps"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("sweeps");
        await using IQueueReceiver receiver = client.CreateReceiver("sweeps");
        DateTimeOffset due = DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().AddMinutes(15).ToUnixTimeMilliseconds());

        await sender.ScheduleAsync(Messages.Text("pace sweep"), due);
        QueueStatistics early = broker.Broker.GetStatistics("sweeps");
        clock.Advance(TimeSpan.FromMinutes(14));
        broker.Broker.Sweep();
        QueueStatistics stillEarly = broker.Broker.GetStatistics("sweeps");
        clock.Advance(TimeSpan.FromMinutes(1));
        IReadOnlyList<ReceivedQueueMessage> onTime = await receiver.ReceiveAsync(1, Wait);

        Assert.AreEqual((1, 0, 0), (early.ScheduledMessageCount, early.ActiveMessageCount, early.LockedMessageCount));
        Assert.AreEqual((1, 0, 0), (stillEarly.ScheduledMessageCount, stillEarly.ActiveMessageCount, stillEarly.LockedMessageCount));
        Assert.HasCount(1, onTime);
        Assert.IsGreaterThanOrEqualTo(due, onTime[0].EnqueuedTime);
        Assert.AreEqual(due.ToUnixTimeMilliseconds(), onTime[0].ScheduledEnqueueTime!.Value.ToUnixTimeMilliseconds());
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task SendAsync_BodyOverTheSizeLimit_IsRejected()
    {
        await using TestBroker broker = await TestBroker.StartAsync(o => o.MaxMessageSizeBytes = 1024, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(
            () => sender.SendAsync(new QueueMessage(new byte[2048])));

        Assert.AreEqual(ServiceBusFailureReason.MessageRejected, error.Reason);
        Assert.AreEqual(0, broker.Broker.GetStatistics("goals").ActiveMessageCount);
    }
}

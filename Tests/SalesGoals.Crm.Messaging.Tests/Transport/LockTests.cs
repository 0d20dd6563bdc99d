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
public sealed class LockTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [TestMethod]
    [Timeout(60_000)]
    public async Task LockExpiry_WithoutSettlement_RedeliversToAnotherReceiver()
    {
        FakeTimeProvider clock = TestClocks.StartingNow();
        await using TestBroker broker = await TestBroker.StartAsync(o => o.TimeProvider = clock, new QueueOptions("goals") { LockDuration = TimeSpan.FromSeconds(30) });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver first = client.CreateReceiver("goals");
        await using IQueueReceiver second = client.CreateReceiver("goals");
        await sender.SendAsync(Messages.Text("slow work", "m-1"));
        ReceivedQueueMessage taken = (await first.ReceiveAsync(1, Wait))[0];

        // The queue's own state says whether the message could go to the second receiver: no sleep needed.
        QueueStatistics whileLocked = broker.Broker.GetStatistics("goals");
        clock.Advance(TimeSpan.FromSeconds(31));
        IReadOnlyList<ReceivedQueueMessage> afterExpiry = await second.ReceiveAsync(1, Wait);

        Assert.AreEqual((0, 1), (whileLocked.ActiveMessageCount, whileLocked.LockedMessageCount));
        Assert.HasCount(1, afterExpiry);
        Assert.AreEqual("m-1", afterExpiry[0].MessageId);
        Assert.AreEqual(2, afterExpiry[0].DeliveryCount);
        Assert.AreNotEqual(taken.LockToken, afterExpiry[0].LockToken);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task CompleteAsync_AfterLockExpiredAndRedelivered_DoesNotRemoveTheRedeliveredMessage()
    {
        FakeTimeProvider clock = TestClocks.StartingNow();
        await using TestBroker broker = await TestBroker.StartAsync(o => o.TimeProvider = clock, new QueueOptions("goals") { LockDuration = TimeSpan.FromSeconds(30) });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver first = client.CreateReceiver("goals");
        await using IQueueReceiver second = client.CreateReceiver("goals");
        await sender.SendAsync(Messages.Text("slow work"));
        ReceivedQueueMessage stale = (await first.ReceiveAsync(1, Wait))[0];
        clock.Advance(TimeSpan.FromSeconds(31));
        ReceivedQueueMessage fresh = (await second.ReceiveAsync(1, Wait))[0];

        await first.CompleteAsync(stale);

        // The broker reads one connection's frames in order: once a renew-lock sent after the stale
        // disposition is answered, that disposition has been handled. The renewal succeeding proves the
        // redelivered message is still locked (a removed message answers 410 lock lost).
        DateTimeOffset renewed = await second.RenewLockAsync(fresh);

        Assert.AreEqual(1, broker.Broker.GetStatistics("goals").LockedMessageCount);
        Assert.IsGreaterThan(clock.GetUtcNow(), renewed);
        await second.CompleteAsync(fresh);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task RenewLockAsync_BeforeExpiry_KeepsTheMessageLockedPastTheOriginalExpiry()
    {
        FakeTimeProvider clock = TestClocks.StartingNow();
        await using TestBroker broker = await TestBroker.StartAsync(o => o.TimeProvider = clock, new QueueOptions("goals") { LockDuration = TimeSpan.FromSeconds(30) });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        await sender.SendAsync(Messages.Text("long job"));
        ReceivedQueueMessage message = (await receiver.ReceiveAsync(1, Wait))[0];
        DateTimeOffset originalExpiry = message.LockedUntil;

        clock.Advance(TimeSpan.FromSeconds(20));
        DateTimeOffset renewed = await receiver.RenewLockAsync(message);
        clock.Advance(TimeSpan.FromSeconds(20));
        broker.Broker.Sweep();
        QueueStatistics pastOriginalExpiry = broker.Broker.GetStatistics("goals");
        await receiver.CompleteAsync(message);

        Assert.AreEqual(originalExpiry + TimeSpan.FromSeconds(20), renewed);
        Assert.AreEqual(renewed, message.LockedUntil);
        Assert.AreEqual((0, 1), (pastOriginalExpiry.ActiveMessageCount, pastOriginalExpiry.LockedMessageCount));
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task RenewLockAsync_AfterTheLockExpired_ThrowsMessageLockLost()
    {
        FakeTimeProvider clock = TestClocks.StartingNow();
        await using TestBroker broker = await TestBroker.StartAsync(o => o.TimeProvider = clock, new QueueOptions("goals") { LockDuration = TimeSpan.FromSeconds(30) });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        await sender.SendAsync(Messages.Text("late"));
        ReceivedQueueMessage message = (await receiver.ReceiveAsync(1, Wait))[0];
        clock.Advance(TimeSpan.FromSeconds(31));

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(() => receiver.RenewLockAsync(message));

        Assert.AreEqual(ServiceBusFailureReason.MessageLockLost, error.Reason);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task LockExpiry_MaxDeliveryCountTimes_DeadLettersTheMessage()
    {
        FakeTimeProvider clock = TestClocks.StartingNow();
        await using TestBroker broker = await TestBroker.StartAsync(o => o.TimeProvider = clock,
            new QueueOptions("goals") { LockDuration = TimeSpan.FromSeconds(10), MaxDeliveryCount = 2 });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals", new QueueReceiverOptions { PrefetchCount = 5 });
        await sender.SendAsync(Messages.Text("never settled"));

        await receiver.ReceiveAsync(1, Wait);
        clock.Advance(TimeSpan.FromSeconds(11));
        await receiver.ReceiveAsync(1, Wait);
        clock.Advance(TimeSpan.FromSeconds(11));

        Assert.AreEqual(1, broker.Broker.GetStatistics("goals").DeadLetterMessageCount);
        Assert.AreEqual(0, broker.Broker.GetStatistics("goals").ActiveMessageCount);
    }
}

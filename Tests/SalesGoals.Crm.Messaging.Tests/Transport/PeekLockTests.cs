using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Testing;
using SalesGoals.Crm.Testing.Time;

namespace SalesGoals.Crm.Messaging.Tests.Transport;

[TestClass]
public sealed class PeekLockTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [TestMethod]
    [Timeout(60_000)]
    public async Task SendAsync_ThenReceiveAndComplete_DeliversOnceWithServiceBusProperties()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        QueueMessage outgoing = Messages.Text("hello", "m-1");
        outgoing.CorrelationId = "corr-1";
        outgoing.Subject = "goal-changed";
        outgoing.ApplicationProperties["entity-version"] = 7L;

        await sender.SendAsync(outgoing);
        IReadOnlyList<ReceivedQueueMessage> received = await receiver.ReceiveAsync(1, Wait);
        await receiver.CompleteAsync(received[0]);
        IReadOnlyList<ReceivedQueueMessage> again = await receiver.ReceiveAsync(1, TimeSpan.FromMilliseconds(300));

        Assert.HasCount(1, received);
        ReceivedQueueMessage message = received[0];
        Assert.AreEqual("hello", Messages.Text(message));
        Assert.AreEqual("m-1", message.MessageId);
        Assert.AreEqual("corr-1", message.CorrelationId);
        Assert.AreEqual("goal-changed", message.Subject);
        Assert.AreEqual("text/plain", message.ContentType);
        Assert.AreEqual(7L, message.ApplicationProperties["entity-version"]);
        Assert.AreEqual(1, message.DeliveryCount);
        Assert.AreEqual(1L, message.SequenceNumber);
        Assert.AreNotEqual(Guid.Empty, message.LockToken);
        Assert.IsGreaterThan(TestClocks.MachineNow, message.LockedUntil);
        Assert.IsEmpty(again);
        Assert.IsTrue(await Poll.UntilAsync(() => broker.Broker.GetStatistics("goals").LockedMessageCount == 0));
        Assert.AreEqual(0, broker.Broker.GetStatistics("goals").ActiveMessageCount);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task AbandonAsync_Once_RedeliversWithHigherDeliveryCount()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        await sender.SendAsync(Messages.Text("retry me"));

        ReceivedQueueMessage first = (await receiver.ReceiveAsync(1, Wait))[0];
        await receiver.AbandonAsync(first);
        ReceivedQueueMessage second = (await receiver.ReceiveAsync(1, Wait))[0];

        Assert.AreEqual(first.MessageId, second.MessageId);
        Assert.AreEqual(2, second.DeliveryCount);
        Assert.AreNotEqual(first.LockToken, second.LockToken);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task AbandonAsync_MaxDeliveryCountTimes_MovesMessageToDeadLetterQueueWithReason()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals") { MaxDeliveryCount = 3 });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        await using IQueueReceiver deadLetters = client.CreateReceiver("goals", new QueueReceiverOptions { DeadLetterQueue = true });
        await sender.SendAsync(Messages.Text("poison", "p-1"));

        for (int attempt = 0; attempt < 3; attempt++)
        {
            ReceivedQueueMessage message = (await receiver.ReceiveAsync(1, Wait))[0];
            await receiver.AbandonAsync(message);
        }

        IReadOnlyList<ReceivedQueueMessage> remaining = await receiver.ReceiveAsync(1, TimeSpan.FromMilliseconds(300));
        ReceivedQueueMessage dead = (await deadLetters.ReceiveAsync(1, Wait))[0];

        Assert.IsEmpty(remaining);
        Assert.AreEqual("p-1", dead.MessageId);
        Assert.AreEqual("MaxDeliveryCountExceeded", dead.DeadLetterReason);
        Assert.Contains("3 delivery attempts", dead.DeadLetterErrorDescription!);
        Assert.AreEqual("goals", dead.DeadLetterSource);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task DeadLetterAsync_WithReasonAndDescription_KeepsBothOnTheDeadLetteredMessage()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        await using IQueueReceiver deadLetters = client.CreateReceiver("goals", new QueueReceiverOptions { DeadLetterQueue = true });
        await sender.SendAsync(Messages.Text("{bad json", "bad-1"));

        ReceivedQueueMessage message = (await receiver.ReceiveAsync(1, Wait))[0];
        await receiver.DeadLetterAsync(message, "UnreadableBody", "Unexpected end of JSON at position 9.");
        ReceivedQueueMessage dead = (await deadLetters.ReceiveAsync(1, Wait))[0];
        await deadLetters.CompleteAsync(dead);

        Assert.AreEqual("bad-1", dead.MessageId);
        Assert.AreEqual("UnreadableBody", dead.DeadLetterReason);
        Assert.AreEqual("Unexpected end of JSON at position 9.", dead.DeadLetterErrorDescription);
        Assert.AreEqual("{bad json", Messages.Text(dead));
        Assert.IsTrue(await Poll.UntilAsync(() => broker.Broker.GetStatistics("goals").DeadLetterMessageCount == 0));
    }
}

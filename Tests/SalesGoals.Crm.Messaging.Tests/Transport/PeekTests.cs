using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Messaging.Tests.Transport;

/// <summary>Browsing (Service Bus peek over <c>$management</c>): no lock, no delivery counted, sequence order, a cursor.</summary>
[TestClass]
public sealed class PeekTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [TestMethod]
    [Timeout(60_000)]
    public async Task PeekAsync_DeadLetteredMessages_ShowsReasonsLocksNothingAndAllStayReceivable()
    {
        // Arrange: three messages dead-lettered with a reason.
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        await using IQueueReceiver deadLetters = client.CreateReceiver("goals", new QueueReceiverOptions { DeadLetterQueue = true });
        foreach (string id in new[] { "d-1", "d-2", "d-3" })
        {
            QueueMessage message = Messages.Text("body of " + id, id);
            message.ApplicationProperties["entity-version"] = 4L;
            await sender.SendAsync(message);
        }

        var settled = 0;
        while (settled < 3)
        {
            foreach (ReceivedQueueMessage message in await receiver.ReceiveAsync(3, Wait))
            {
                await receiver.DeadLetterAsync(message, "HandlerFailed", "Zoho answered 400 for " + message.MessageId);
                settled++;
            }
        }

        // Act
        IReadOnlyList<ReceivedQueueMessage> peeked = await deadLetters.PeekAsync(10);
        IReadOnlyList<ReceivedQueueMessage> peekedAgain = await deadLetters.PeekAsync(10, fromSequenceNumber: 0);
        IReadOnlyList<ReceivedQueueMessage> received = await ReceiveAllAsync(deadLetters, 3);

        // Assert
        CollectionAssert.AreEqual(new[] { "d-1", "d-2", "d-3" }, peeked.Select(m => m.MessageId).ToArray());
        Assert.AreEqual("HandlerFailed", peeked[1].DeadLetterReason);
        Assert.AreEqual("Zoho answered 400 for d-2", peeked[1].DeadLetterErrorDescription);
        Assert.AreEqual("goals", peeked[1].DeadLetterSource);
        Assert.AreEqual("body of d-2", Messages.Text(peeked[1]));
        Assert.AreEqual(4L, peeked[1].ApplicationProperties["entity-version"]);
        Assert.AreEqual(Guid.Empty, peeked[1].LockToken, "a peek takes no lock");
        Assert.HasCount(3, peekedAgain, "peeking twice shows the same messages");
        CollectionAssert.AreEquivalent(new[] { "d-1", "d-2", "d-3" }, received.Select(m => m.MessageId).ToArray(), "nothing was locked by the peeks");
        Assert.IsTrue(received.All(m => m.DeliveryCount == peeked.Single(p => p.MessageId == m.MessageId).DeliveryCount + 1),
            "only the receive counted as a delivery, not the two peeks before it");
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task PeekAsync_RepeatedWithoutSequenceNumber_ContinuesAfterTheLastPeekedUntilEmpty()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        for (int i = 1; i <= 5; i++)
        {
            await sender.SendAsync(Messages.Text("m", "m-" + i));
        }

        IReadOnlyList<ReceivedQueueMessage> first = await receiver.PeekAsync(2);
        IReadOnlyList<ReceivedQueueMessage> second = await receiver.PeekAsync(2);
        IReadOnlyList<ReceivedQueueMessage> third = await receiver.PeekAsync(2);
        IReadOnlyList<ReceivedQueueMessage> end = await receiver.PeekAsync(2);
        IReadOnlyList<ReceivedQueueMessage> fromFour = await receiver.PeekAsync(10, fromSequenceNumber: 4);

        CollectionAssert.AreEqual(new[] { "m-1", "m-2" }, first.Select(m => m.MessageId).ToArray());
        CollectionAssert.AreEqual(new[] { "m-3", "m-4" }, second.Select(m => m.MessageId).ToArray());
        CollectionAssert.AreEqual(new[] { "m-5" }, third.Select(m => m.MessageId).ToArray());
        Assert.IsEmpty(end);
        CollectionAssert.AreEqual(new[] { 4L, 5L }, fromFour.Select(m => m.SequenceNumber).ToArray());
        Assert.AreEqual(5, broker.Broker.GetStatistics("goals").ActiveMessageCount, "every message is still waiting, unlocked");
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task PeekAsync_LockedMessage_IsShownAndStaysLockedByItsReceiver()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        await using IQueueReceiver browser = client.CreateReceiver("goals");
        await sender.SendAsync(Messages.Text("in work", "w-1"));
        ReceivedQueueMessage locked = (await receiver.ReceiveAsync(1, Wait))[0];

        IReadOnlyList<ReceivedQueueMessage> peeked = await browser.PeekAsync(10);
        await receiver.CompleteAsync(locked);

        Assert.AreEqual("w-1", peeked.Single().MessageId);
        Assert.IsTrue(await Poll.UntilAsync(() => broker.Broker.GetStatistics("goals") is { ActiveMessageCount: 0, LockedMessageCount: 0 }),
            "the receiver's lock held through the peek and its completion removed the message");
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task CompleteAsync_PeekedMessage_RefusedBecauseAPeekHoldsNoLock()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        await sender.SendAsync(Messages.Text("x", "x-1"));
        ReceivedQueueMessage peeked = (await receiver.PeekAsync(1)).Single();

        var refused = await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => receiver.CompleteAsync(peeked));

        Assert.Contains("peeked", refused.Message);
        Assert.AreEqual(1, broker.Broker.GetStatistics("goals").ActiveMessageCount);
    }

    private static async Task<IReadOnlyList<ReceivedQueueMessage>> ReceiveAllAsync(IQueueReceiver receiver, int count)
    {
        var all = new List<ReceivedQueueMessage>();
        for (int attempt = 0; attempt < 10 && all.Count < count; attempt++)
        {
            foreach (ReceivedQueueMessage message in await receiver.ReceiveAsync(count - all.Count, Wait))
            {
                // Settled as received: a receiver's credit comes back only as it settles.
                await receiver.CompleteAsync(message);
                all.Add(message);
            }
        }

        return all;
    }
}

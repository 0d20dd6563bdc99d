using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Tests.Transport;

[TestClass]
public sealed class SessionTests
{
    [TestMethod]
    [Timeout(60_000)]
    public async Task AcceptNextSessionAsync_TwoCompetingReceivers_KeepPerSessionOrder()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("orders") { RequiresSession = true });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("orders");
        string[] sessions = ["alice", "bob", "carol", "dave"];
        const int perSession = 15;
        for (int i = 0; i < perSession; i++)
        {
            foreach (string session in sessions)
            {
                await sender.SendAsync(Messages.Text($"{session}:{i}", sessionId: session));
            }
        }

        var seen = new ConcurrentDictionary<string, ConcurrentQueue<int>>();
        var ownersAtOnce = new ConcurrentDictionary<string, int>();
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => DrainSessionsAsync(client, seen, ownersAtOnce)));

        Assert.HasCount(sessions.Length, seen);
        foreach (string session in sessions)
        {
            CollectionAssert.AreEqual(Enumerable.Range(0, perSession).ToList(), seen[session].ToList(), $"order of {session}");
        }

        Assert.IsTrue(ownersAtOnce.Values.All(count => count == 0), "a session was held by two receivers at once");
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task AcceptSessionAsync_SessionHeldByAnotherReceiver_IsRefused()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("orders") { RequiresSession = true });
        await using var client = broker.CreateClient();
        await using ISessionReceiver holder = await client.AcceptSessionAsync("orders", "alice");

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(() => client.AcceptSessionAsync("orders", "alice"));

        Assert.AreEqual(ServiceBusFailureReason.SessionCannotBeLocked, error.Reason);
        Assert.AreEqual("alice", holder.SessionId);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task SendAsync_WithoutSessionIdToSessionQueue_IsRejected()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("orders") { RequiresSession = true });
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("orders");

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(() => sender.SendAsync(Messages.Text("no session")));

        Assert.AreEqual(ServiceBusFailureReason.MessageRejected, error.Reason);
        Assert.Contains("requires sessions", error.Message);
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task AcceptNextSessionAsync_NoSessionWithMessages_ThrowsNoSessionAvailableAfterTheWait()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("orders") { RequiresSession = true });
        await using var client = broker.CreateClient();

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(
            () => client.AcceptNextSessionAsync("orders", TimeSpan.FromMilliseconds(200)));

        Assert.AreEqual(ServiceBusFailureReason.NoSessionAvailable, error.Reason);
    }

    private static async Task DrainSessionsAsync(ServiceBusQueueClient client, ConcurrentDictionary<string, ConcurrentQueue<int>> seen, ConcurrentDictionary<string, int> holders)
    {
        while (true)
        {
            ISessionReceiver receiver;
            try
            {
                receiver = await client.AcceptNextSessionAsync("orders", TimeSpan.FromMilliseconds(300));
            }
            catch (ServiceBusException exception) when (exception.Reason == ServiceBusFailureReason.NoSessionAvailable)
            {
                return;
            }

            await using (receiver)
            {
                if (holders.AddOrUpdate(receiver.SessionId, 1, (_, count) => count + 1) != 1)
                {
                    holders[receiver.SessionId] = 99;
                }

                while (true)
                {
                    IReadOnlyList<ReceivedQueueMessage> batch = await receiver.ReceiveAsync(1, TimeSpan.FromMilliseconds(150));
                    if (batch.Count == 0)
                    {
                        break;
                    }

                    string[] parts = Messages.Text(batch[0]).Split(':');
                    Assert.AreEqual(receiver.SessionId, parts[0]);
                    seen.GetOrAdd(parts[0], _ => new ConcurrentQueue<int>()).Enqueue(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
                    await Task.Yield();
                    await receiver.CompleteAsync(batch[0]);
                }

                holders.AddOrUpdate(receiver.SessionId, 0, (_, count) => count - 1);
            }
        }
    }
}

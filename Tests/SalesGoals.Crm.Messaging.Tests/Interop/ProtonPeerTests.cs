using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Tests.Interop;

/// <summary>
/// Our Service Bus client against a minimal peer built on Qpid Proton: peers that lack what Service Bus
/// always has (a $cbs node, SASL PLAIN, data bodies, lock annotations, a named session) must get clear,
/// prompt errors or faithful reads, never a hang or an empty body.
/// </summary>
[TestClass]
public sealed class ProtonPeerTests
{
    /// <summary>
    /// Bound on operations that must fail fast: the client's CbsTimeout is 2 s here, while the faults
    /// fixed took ~5 min (CBS retried as transient) and ~25 s (SASL retried), so they cannot pass within it.
    /// </summary>
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(15);

    /// <summary>Bound on a delivery or an outcome the peer reports (loopback; allows for a busy machine).</summary>
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(20);

    [TestMethod]
    [Timeout(90_000)]
    public async Task SendAsync_PeerNeverAnswersPutToken_FailsWithinTheCbsTimeoutNamingTheMissingAnswer()
    {
        await using ProtonPeer peer = await ProtonPeer.StartAsync("--cbs", "silent");
        await using ServiceBusQueueClient client = peer.CreateClient();
        await using IQueueSender sender = client.CreateSender("q");

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(
            () => sender.SendAsync(Messages.Text("hello", "m-1")).WaitAsync(FailFast));

        Assert.AreEqual(ServiceBusFailureReason.Unauthorized, error.Reason);
        StringAssert.Contains(error.Message, "CBS put-token");
        StringAssert.Contains(error.Message, "not answered");
        StringAssert.Contains(error.Message, "CbsTimeout");
    }

    [TestMethod]
    [Timeout(90_000)]
    public async Task ReceiveAsync_PeerNeverAnswersPutToken_ThrowsInsteadOfReturningNothing()
    {
        await using ProtonPeer peer = await ProtonPeer.StartAsync("--cbs", "silent");
        await using ServiceBusQueueClient client = peer.CreateClient();
        await using IQueueReceiver receiver = client.CreateReceiver("q");

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(
            () => receiver.ReceiveAsync(1, TimeSpan.FromSeconds(30)).WaitAsync(FailFast));

        StringAssert.Contains(error.Message, "CBS put-token");
    }

    [TestMethod]
    [Timeout(90_000)]
    public async Task SendAsync_PeerHasNoCbsNode_FailsAtOnceNamingIt()
    {
        await using ProtonPeer peer = await ProtonPeer.StartAsync("--cbs", "refuse");
        await using ServiceBusQueueClient client = peer.CreateClient();
        await using IQueueSender sender = client.CreateSender("q");

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(
            () => sender.SendAsync(Messages.Text("hello", "m-1")).WaitAsync(FailFast));

        Assert.AreEqual(ServiceBusFailureReason.Unauthorized, error.Reason);
        StringAssert.Contains(error.Message, "refused the attach to its $cbs node");
        StringAssert.Contains(error.Message, "amqp:not-found");
    }

    [TestMethod]
    [Timeout(90_000)]
    public async Task ConnectAsync_PeerOffersNoMechanismTheClientUses_FailsAtOnceListingWhatItOffered()
    {
        await using ProtonPeer peer = await ProtonPeer.StartAsync();
        await using ServiceBusQueueClient client = peer.CreateClient(o => o.UseSaslPlain = true);

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(
            () => client.ConnectAsync().WaitAsync(FailFast));

        Assert.IsFalse(error.IsTransient);
        StringAssert.Contains(error.Message, "SASL mechanism mismatch");
        StringAssert.Contains(error.Message, "PLAIN");
        StringAssert.Contains(error.Message, "[ANONYMOUS]");
        Assert.AreEqual(1L, client.ConnectionsOpened, "a configuration error is not retried");
    }

    [TestMethod]
    [Timeout(90_000)]
    public async Task ReceiveAsync_MapBodyWithBinaryId_ReadsTheMapAndTheIdFaithfully()
    {
        await using ProtonPeer peer = await ProtonPeer.StartAsync("--deliver", "map");
        await using ServiceBusQueueClient client = peer.CreateClient();
        await using IQueueReceiver receiver = client.CreateReceiver("q");

        ReceivedQueueMessage message = (await receiver.ReceiveAsync(1, Arrival))[0];
        await receiver.CompleteAsync(message);
        JsonElement outcome = await peer.NextEventAsync("outcome", Arrival);

        Assert.AreEqual(MessageBodyType.Value, message.BodyType);
        var map = (IReadOnlyDictionary<object, object?>)message.Value!;
        Assert.AreEqual("g-1", map["goal"]);
        Assert.AreEqual(42L, Convert.ToInt64(map["amount"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual("0102AB", message.MessageId);
        NotSupportedException noBytes = Assert.ThrowsExactly<NotSupportedException>(() => message.Body);
        StringAssert.Contains(noBytes.Message, "map");
        Assert.AreEqual("accepted", outcome.GetProperty("state").GetString());
    }

    [TestMethod]
    [Timeout(90_000)]
    [DataRow("list", MessageBodyType.Value)]
    [DataRow("sequence", MessageBodyType.Sequence)]
    public async Task ReceiveAsync_ListOrSequenceBody_ReadsEveryElement(string kind, MessageBodyType expected)
    {
        await using ProtonPeer peer = await ProtonPeer.StartAsync("--deliver", kind);
        await using ServiceBusQueueClient client = peer.CreateClient();
        await using IQueueReceiver receiver = client.CreateReceiver("q");

        ReceivedQueueMessage message = (await receiver.ReceiveAsync(1, Arrival))[0];
        await receiver.CompleteAsync(message);

        Assert.AreEqual(expected, message.BodyType);
        var items = expected == MessageBodyType.Sequence ? message.Sequence! : (IReadOnlyList<object?>)message.Value!;
        Assert.HasCount(3, items);
        Assert.AreEqual("two", items[1]);
        Assert.AreEqual(3.5, items[2]);
    }

    [TestMethod]
    [Timeout(90_000)]
    public async Task ConsumerHost_ListBody_DeadLettersWithAReasonNamingTheBody()
    {
        await using ProtonPeer peer = await ProtonPeer.StartAsync("--deliver", "list");
        await using ServiceBusQueueClient client = peer.CreateClient();
        var handler = new RecordingHandler();
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(), new ConsumerHostOptions
        {
            QueueName = "q",
            ReceiveWait = TimeSpan.FromMilliseconds(200),
            ShutdownGracePeriod = TimeSpan.FromSeconds(5),
        });

        await host.StartAsync(CancellationToken.None);
        JsonElement outcome = await peer.NextEventAsync("outcome", Arrival);
        await host.StopAsync(CancellationToken.None);

        Assert.AreEqual("rejected", outcome.GetProperty("state").GetString());
        Assert.AreEqual("com.microsoft:dead-letter", outcome.GetProperty("condition").GetString());
        Assert.AreEqual(QueueConsumerHost.UnsupportedBodyReason, outcome.GetProperty("info").GetProperty("DeadLetterReason").GetString());
        StringAssert.Contains(outcome.GetProperty("info").GetProperty("DeadLetterErrorDescription").GetString(), "type list");
        Assert.IsEmpty(handler.Effects, "the handler never sees a body it cannot read");
    }

    [TestMethod]
    [Timeout(90_000)]
    public async Task CompleteAsync_NoLockedUntilAnnotation_SettlesInsteadOfReportingLockLost()
    {
        await using ProtonPeer peer = await ProtonPeer.StartAsync("--deliver", "no-lock");
        await using ServiceBusQueueClient client = peer.CreateClient();
        await using IQueueReceiver receiver = client.CreateReceiver("q");

        ReceivedQueueMessage message = (await receiver.ReceiveAsync(1, Arrival))[0];
        await receiver.CompleteAsync(message);
        JsonElement outcome = await peer.NextEventAsync("outcome", Arrival);
        ServiceBusException renew = await Assert.ThrowsExactlyAsync<ServiceBusException>(() => receiver.RenewLockAsync(message));

        Assert.AreEqual("plain bytes", Messages.Text(message));
        Assert.AreEqual(DateTimeOffset.MinValue, message.LockedUntil);
        Assert.AreEqual("accepted", outcome.GetProperty("state").GetString());
        StringAssert.Contains(renew.Message, "no lock token");
    }

    [TestMethod]
    [Timeout(90_000)]
    public async Task AcceptNextSessionAsync_PeerDoesNotNameTheSession_ThrowsSayingWhatIsMissing()
    {
        await using ProtonPeer peer = await ProtonPeer.StartAsync("--session", "unnamed", "--deliver", "no-lock");
        await using ServiceBusQueueClient client = peer.CreateClient();

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(
            () => client.AcceptNextSessionAsync("q", TimeSpan.FromSeconds(5)).WaitAsync(FailFast));
        await using ISessionReceiver named = await client.AcceptSessionAsync("q", "s-1").WaitAsync(FailFast);

        StringAssert.Contains(error.Message, "com.microsoft:session-filter");
        Assert.AreEqual("s-1", named.SessionId);
    }
}

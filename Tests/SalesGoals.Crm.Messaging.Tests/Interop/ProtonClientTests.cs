using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Tests.Interop;

/// <summary>
/// Qpid Proton, an independent AMQP 1.0 implementation, as a client of the embedded broker: what any
/// AMQP 1.0 peer must be able to rely on, beyond what our own AMQPNetLite client happens to exercise.
/// </summary>
[TestClass]
public sealed class ProtonClientTests
{
    /// <summary>The script stops itself after this (AMQP_TIMEOUT) and reports timed_out; the test waits a little longer for its output.</summary>
    private static readonly TimeSpan ScriptBound = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan OutputBound = ScriptBound + TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [TestMethod]
    [Timeout(60_000)]
    [DataRow("with-credit")]
    [DataRow("after-flow")]
    public async Task Drain_TwoMessagesQueued_SendsThemThenAnswersWithTheCreditUsedUp(string mode)
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));

        JsonElement result = await RunAsync(broker, "drain", "goals", mode);

        Assert.AreEqual(2, result.GetProperty("received").GetInt32());
        Assert.AreEqual(8, result.GetProperty("drained").GetInt32());
        Assert.AreEqual(0, result.GetProperty("credit").GetInt32());
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task ReceiverSettleModeSecond_EachOutcome_IsTheFinalStateTheBrokerSettlesWith()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals") { MaxDeliveryCount = 5 });

        JsonElement result = await RunAsync(broker, "outcomes", "goals", "second");

        JsonElement final = result.GetProperty("final");
        Assert.AreEqual("accepted", final.GetProperty("accept").GetString());
        Assert.AreEqual("rejected", final.GetProperty("reject").GetString());
        Assert.AreEqual("modified", final.GetProperty("modify").GetString());
        Assert.AreEqual("released", final.GetProperty("release").GetString());
        QueueStatistics statistics = broker.Broker.GetStatistics("goals");
        Assert.AreEqual((2, 0, 1), (statistics.ActiveMessageCount, statistics.LockedMessageCount, statistics.DeadLetterMessageCount),
            "modified and released are back in the queue, rejected is dead-lettered, accepted is gone");
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task PlainReject_WithoutAnError_DeadLettersWithAReasonThatSaysSo()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));

        JsonElement result = await RunAsync(broker, "outcomes", "goals", "first");
        await using var client = broker.CreateClient();
        await using IQueueReceiver deadLetters = client.CreateReceiver("goals", new QueueReceiverOptions { DeadLetterQueue = true });
        IReadOnlyList<ReceivedQueueMessage> dead = await deadLetters.ReceiveAsync(1, Wait);

        Assert.HasCount(1, dead);
        Assert.AreEqual("RejectedByReceiver", dead[0].DeadLetterReason);
        StringAssert.Contains(dead[0].DeadLetterErrorDescription, "rejected");
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task Header_AsTheSenderSetIt_ArrivesUnchangedButForTheDeliveryCount()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));

        JsonElement result = await RunAsync(broker, "header", "goals");

        JsonElement plain = result.GetProperty("messages").GetProperty("no-ttl");
        Assert.AreEqual(0, plain.GetProperty("ttl").GetDouble(), "no time-to-live was sent, so none may arrive");
        Assert.AreEqual(7, plain.GetProperty("priority").GetInt32());
        Assert.IsTrue(plain.GetProperty("first_acquirer").GetBoolean());
        Assert.IsTrue(plain.GetProperty("durable").GetBoolean());
        Assert.AreEqual(0, plain.GetProperty("delivery_count").GetInt32());
        Assert.AreEqual("kept", plain.GetProperty("delivery_annotations").GetProperty("x-opt-interop").GetString());
        Assert.AreEqual(60, result.GetProperty("messages").GetProperty("ttl").GetProperty("ttl").GetDouble());
    }

    [TestMethod]
    [Timeout(60_000)]
    public async Task SecondLinkWithTheSameNameAndRole_DetachesTheOlderAsStolenAndKeepsTheConnection()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));

        JsonElement result = await RunAsync(broker, "steal", "goals");

        Assert.IsFalse(result.TryGetProperty("connection_error", out _), result.ToString());
        Assert.AreEqual("amqp:link:stolen", result.GetProperty("first_closed_with").GetString());
        Assert.IsTrue(result.GetProperty("second_opened").GetBoolean());
        Assert.AreEqual("after-steal", result.GetProperty("received_on_second").GetString());
    }

    private static async Task<JsonElement> RunAsync(TestBroker broker, string scenario, string queue, string? mode = null)
    {
        var arguments = new List<string> { scenario, $"127.0.0.1:{broker.Broker.Port}", queue };
        if (mode is not null)
        {
            arguments.Add(mode);
        }

        await using ProtonProcess proton = ProtonProcess.Start("proton_client.py", arguments, new Dictionary<string, string>
        {
            ["AMQP_USER"] = broker.Broker.SharedAccessKeyName,
            ["AMQP_PASSWORD"] = broker.Broker.SharedAccessKey,
            ["AMQP_TIMEOUT"] = ScriptBound.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        JsonElement result = await proton.ReadJsonAsync("timed_out", OutputBound);
        if (result.GetProperty("timed_out").GetBoolean())
        {
            // The scenario's own bound ran out: what Proton saw so far, and its log (PN_TRACE_FRM=1 adds frames).
            Assert.Fail($"Proton's '{scenario}' scenario did not complete within {ScriptBound.TotalSeconds} s: {result}\n{proton.StandardError}");
        }

        return result;
    }
}

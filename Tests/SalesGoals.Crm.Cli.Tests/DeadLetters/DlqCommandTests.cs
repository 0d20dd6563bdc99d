using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.DeadLetters;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Tests.Support;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Cli.Tests.DeadLetters;

[TestClass]
public sealed class DlqCommandTests
{
    private static async Task DeadLetterAsync(CliHarness harness, params string[] ids)
    {
        await using var client = new ServiceBusQueueClient(harness.Broker!.ConnectionString);
        await using (var sender = client.CreateSender(CliHarness.QueueName))
        {
            foreach (var id in ids)
            {
                var message = new QueueMessage(Encoding.UTF8.GetBytes("{\"id\":\"" + id + "\"}")) { MessageId = id, Subject = "progress-changed" };
                message.ApplicationProperties["entity-version"] = 3L;
                await sender.SendAsync(message);
            }
        }

        await using var receiver = client.CreateReceiver(CliHarness.QueueName);
        var settled = 0;
        for (var attempt = 0; attempt < 20 && settled < ids.Length; attempt++)
        {
            foreach (var message in await receiver.ReceiveAsync(ids.Length, TimeSpan.FromSeconds(2)))
            {
                await receiver.DeadLetterAsync(message, "HandlerFailed", "Zoho answered 400");
                settled++;
            }
        }

        Assert.AreEqual(ids.Length, settled);
    }

    [TestMethod]
    [Timeout(120_000)]
    public async Task List_DeadLetteredMessage_ShownWithReason()
    {
        await using var harness = await CliHarness.StartAsync(withBroker: true);
        await DeadLetterAsync(harness, "m-1");

        var list = await harness.RunAsync("dlq", "list");

        Assert.AreEqual(ExitCodes.Ok, list.ExitCode, list.ToString());
        StringAssert.Contains(list.Output, "m-1", list.ToString());
        StringAssert.Contains(list.Output, "HandlerFailed", list.ToString());
    }

    [TestMethod]
    [Timeout(120_000)]
    public async Task Purge_DeadLetteredMessage_Gone()
    {
        await using var harness = await CliHarness.StartAsync(withBroker: true);
        await DeadLetterAsync(harness, "p-1");

        var purge = await harness.RunAsync("dlq", "purge");
        var after = await harness.RunAsync("dlq", "list");

        StringAssert.Contains(purge.Output, "Purged 1 message(s).", purge.ToString());
        StringAssert.Contains(after.Output, "No dead-lettered message", after.ToString());
    }

    [TestMethod]
    public async Task Max_OutOfRange_ExitCodeTwo()
    {
        var run = await CliHarness.RunOfflineAsync(System.Globalization.CultureInfo.GetCultureInfo("en-US"), "dlq", "list", "--max", "0");

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--max must be between 1 and 1000, not 0.", run.ToString());
    }

    [TestMethod]
    [Timeout(120_000)]
    public async Task List_ThenReplayAtOnce_ListLockedNothingSoEveryMessageIsReplayed()
    {
        // Arrange: the bug that removed the old replay: list used to leave messages locked for a lock duration.
        await using var harness = await CliHarness.StartAsync(withBroker: true);
        await DeadLetterAsync(harness, "r-1", "r-2");

        // Act
        var list = await harness.RunAsync("dlq", "list");
        var replay = await harness.RunAsync("dlq", "replay");
        var back = await ReceiveAsync(harness, 2);
        var after = await harness.RunAsync("dlq", "list");

        // Assert
        StringAssert.Contains(list.Output, "r-2", list.ToString());
        Assert.AreEqual(ExitCodes.Ok, replay.ExitCode, replay.ToString());
        StringAssert.Contains(replay.Output, "Replayed 2 message(s) to salesgoals-events.", replay.ToString());
        CollectionAssert.AreEquivalent(new[] { "r-1", "r-2" }, back.Select(m => m.MessageId).ToArray(), "the same message ids are back on the queue");
        Assert.IsTrue(back.All(m => m.Subject == "progress-changed" && (long)m.ApplicationProperties["entity-version"]! == 3L), "subject and properties kept");
        Assert.IsTrue(back.All(m => !m.ApplicationProperties.ContainsKey("DeadLetterReason")), "the dead-letter reason is not carried back");
        Assert.AreEqual("{\"id\":\"r-1\"}", Encoding.UTF8.GetString(back.Single(m => m.MessageId == "r-1").Body.Span), "body kept");
        StringAssert.Contains(after.Output, "No dead-lettered message", after.ToString());
    }

    [TestMethod]
    [Timeout(120_000)]
    public async Task Replay_WithId_OnlyThatMessageMovesTheOthersStay()
    {
        await using var harness = await CliHarness.StartAsync(withBroker: true);
        await DeadLetterAsync(harness, "a-1", "a-2", "a-3");

        var replay = await harness.RunAsync("dlq", "replay", "--id", "a-2");
        var back = await ReceiveAsync(harness, 1);
        var peek = await harness.RunAsync("dlq", "peek");

        Assert.AreEqual(ExitCodes.Ok, replay.ExitCode, replay.ToString());
        StringAssert.Contains(replay.Output, "Replayed a-2 (HandlerFailed).", replay.ToString());
        Assert.AreEqual("a-2", back.Single().MessageId);
        StringAssert.Contains(peek.Output, "a-1", peek.ToString());
        StringAssert.Contains(peek.Output, "a-3", peek.ToString());
        Assert.DoesNotContain("a-2", peek.Output, peek.ToString());
    }

    [TestMethod]
    [Timeout(120_000)]
    public async Task Replay_NewId_FreshIdOriginalKeptInProperty()
    {
        await using var harness = await CliHarness.StartAsync(withBroker: true);
        await DeadLetterAsync(harness, "n-1");

        var replay = await harness.RunAsync("dlq", "replay", "--new-id");
        var back = (await ReceiveAsync(harness, 1)).Single();

        Assert.AreEqual(ExitCodes.Ok, replay.ExitCode, replay.ToString());
        Assert.AreNotEqual("n-1", back.MessageId);
        Assert.AreEqual("n-1", back.ApplicationProperties[DlqReplayer.ReplayOfProperty]);
    }

    [TestMethod]
    [Timeout(120_000)]
    [DataRow("en-US", "No dead-lettered message with id missing-1.")]
    [DataRow("zh-CN", "找不到 ID 为 missing-1 的死信消息。")]
    public async Task Replay_UnknownId_ExitCodeOneSaidInTheUsersLanguageAndNothingMoved(string culture, string expected)
    {
        await using var harness = await CliHarness.StartAsync(withBroker: true);
        await DeadLetterAsync(harness, "k-1");

        var replay = await harness.RunInAsync(System.Globalization.CultureInfo.GetCultureInfo(culture), "dlq", "replay", "--id", "missing-1");
        var list = await harness.RunAsync("dlq", "list");

        Assert.AreEqual(ExitCodes.Failure, replay.ExitCode, replay.ToString());
        StringAssert.Contains(replay.Error, expected, replay.ToString());
        StringAssert.Contains(list.Output, "k-1", "the message that was not asked for is still dead-lettered and not locked");
    }

    [TestMethod]
    [Timeout(120_000)]
    public async Task Peek_DeadLetteredMessage_ShowsReasonDescriptionPropertiesAndBody()
    {
        await using var harness = await CliHarness.StartAsync(withBroker: true);
        await DeadLetterAsync(harness, "b-1");

        var peek = await harness.RunAsync("dlq", "peek", "--id", "b-1");

        Assert.AreEqual(ExitCodes.Ok, peek.ExitCode, peek.ToString());
        StringAssert.Contains(peek.Output, "HandlerFailed", peek.ToString());
        StringAssert.Contains(peek.Output, "Zoho answered 400", peek.ToString());
        StringAssert.Contains(peek.Output, "entity-version=3", peek.ToString());
        StringAssert.Contains(peek.Output, "{\"id\":\"b-1\"}", peek.ToString());
    }

    [TestMethod]
    [DataRow("en", "Exit codes: 0 replayed")]
    [DataRow("zh", "退出码：0 已重放")]
    public async Task ReplayHelp_InEitherLanguage_ExplainsExitCodesAndNeedsNoConnection(string language, string expected)
    {
        var run = await CliHarness.RunOfflineAsync(System.Globalization.CultureInfo.GetCultureInfo("en-US"), "dlq", "replay", "--help", "--lang", language);

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, expected, run.ToString());
        StringAssert.Contains(run.Output, "--new-id", run.ToString());
    }

    private static async Task<List<ReceivedQueueMessage>> ReceiveAsync(CliHarness harness, int count)
    {
        await using var client = new ServiceBusQueueClient(harness.Broker!.ConnectionString);
        await using var receiver = client.CreateReceiver(CliHarness.QueueName);
        var received = new List<ReceivedQueueMessage>();
        for (var attempt = 0; attempt < 20 && received.Count < count; attempt++)
        {
            foreach (var message in await receiver.ReceiveAsync(count - received.Count, TimeSpan.FromSeconds(2)))
            {
                await receiver.CompleteAsync(message);
                received.Add(message);
            }
        }

        Assert.HasCount(count, received, $"on the queue: {harness.Broker.GetStatistics(CliHarness.QueueName)}");
        return received;
    }
}

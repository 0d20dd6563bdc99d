using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
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
                await sender.SendAsync(new QueueMessage(Encoding.UTF8.GetBytes("{\"id\":\"" + id + "\"}")) { MessageId = id, Subject = "progress-changed" });
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
}

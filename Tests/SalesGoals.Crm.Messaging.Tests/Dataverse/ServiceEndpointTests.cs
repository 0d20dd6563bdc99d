using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.Dataverse;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Messaging.Tests.Dataverse;

[TestClass]
public sealed class ServiceEndpointTests
{
    private const string OrganizationProperty = "http://schemas.microsoft.com/xrm/2011/Claims/Organization";
    private const string EntityProperty = "http://schemas.microsoft.com/xrm/2011/Claims/EntityLogicalName";
    private const string RequestProperty = "http://schemas.microsoft.com/xrm/2011/Claims/RequestName";

    [TestMethod]
    [DataRow("application/msbin1", ".NETBinary")]
    [DataRow("application/xml", "XML")]
    [DataRow("text/plain", "not a Dataverse service endpoint format")]
    [DataRow(null, "not a Dataverse service endpoint format")]
    public void Read_UnreadableContentType_IsUnprocessableWithAClearReason(string? contentType, string expected)
    {
        UnprocessableMessageException error = Assert.ThrowsExactly<UnprocessableMessageException>(
            () => ServiceEndpointMessageReader.Read(contentType, RemoteExecutionContextJsonReaderTests.Sample()));

        Assert.AreEqual(ServiceEndpointMessageReader.UnsupportedContentType, error.Reason);
        Assert.Contains(expected, error.Message);
    }

    [TestMethod]
    public void Read_JsonWithCharset_IsReadAsJson()
    {
        RemoteContext context = ServiceEndpointMessageReader.Read("application/json; charset=utf-8", RemoteExecutionContextJsonReaderTests.Sample());

        Assert.AreEqual("Update", context.MessageName);
    }

    [TestMethod]
    public async Task PostAsync_ThroughTheQueue_ReachesTheHandlerAsATypedContext()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("dataverse"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("dataverse");
        var bridge = new ServiceEndpointQueueBridge(sender);
        var contexts = new List<(RemoteContext Context, ReceivedQueueMessage Message)>();
        var handler = new ServiceEndpointMessageHandler((context, message, _) =>
        {
            lock (contexts)
            {
                contexts.Add((context, message));
            }

            return Task.CompletedTask;
        });
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(),
            new ConsumerHostOptions { QueueName = "dataverse", ReceiveWait = TimeSpan.FromMilliseconds(200) });

        await bridge.PostAsync(new ServiceEndpointPost(Encoding.UTF8.GetString(RemoteExecutionContextJsonReaderTests.Sample()), "application/json",
            new Dictionary<string, object> { [OrganizationProperty] = "contoso", [EntityProperty] = "opportunity", [RequestProperty] = "Update" }));
        await host.StartAsync(CancellationToken.None);
        bool done = await Poll.UntilAsync(() => host.Counters.Completed == 1);
        await host.StopAsync(CancellationToken.None);

        Assert.IsTrue(done, host.Counters.ToString());
        (RemoteContext received, ReceivedQueueMessage queued) = contexts[0];
        Assert.AreEqual("opportunity", received.PrimaryEntityName);
        Assert.AreEqual(new DataverseMoney(125000.50m), received.TargetEntity!.Attributes["estimatedvalue"]);
        Assert.AreEqual("contoso", queued.ApplicationProperties[OrganizationProperty]);
        Assert.AreEqual("application/json", queued.ContentType);
    }

    [TestMethod]
    public async Task PostAsync_NetBinaryPost_IsDeadLetteredWithTheReason()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("dataverse"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("dataverse");
        await using IQueueReceiver deadLetters = client.CreateReceiver("dataverse", new QueueReceiverOptions { DeadLetterQueue = true });
        var handler = new ServiceEndpointMessageHandler((_, _, _) => Task.CompletedTask);
        using var host = new QueueConsumerHost(client, handler, new InMemoryIdempotencyStore(),
            new ConsumerHostOptions { QueueName = "dataverse", ReceiveWait = TimeSpan.FromMilliseconds(200) });

        await new ServiceEndpointQueueBridge(sender).PostAsync(new ServiceEndpointPost("@\u0002binary", "application/msbin1", new Dictionary<string, object>()));
        await host.StartAsync(CancellationToken.None);
        ReceivedQueueMessage dead = (await deadLetters.ReceiveAsync(1, TimeSpan.FromSeconds(5)))[0];
        await host.StopAsync(CancellationToken.None);

        Assert.AreEqual(ServiceEndpointMessageReader.UnsupportedContentType, dead.DeadLetterReason);
        Assert.Contains("application/msbin1", dead.DeadLetterErrorDescription!);
        Assert.AreEqual(1L, host.Counters.DeadLettered);
    }

    [TestMethod]
    [DataRow("", "application/json", "body")]
    [DataRow("{}", " ", "content type")]
    public async Task PostAsync_IncompletePost_IsRefusedBeforeSending(string body, string contentType, string expected)
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("dataverse"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("dataverse");

        ArgumentException error = await Assert.ThrowsExactlyAsync<ArgumentException>(
            () => new ServiceEndpointQueueBridge(sender).PostAsync(new ServiceEndpointPost(body, contentType, new Dictionary<string, object>())));

        Assert.Contains(expected, error.Message);
        Assert.AreEqual(0, broker.Broker.GetStatistics("dataverse").ActiveMessageCount);
    }
}

using System;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Tests.Broker;

[TestClass]
public sealed class EmbeddedBrokerOptionsTests
{
    [TestMethod]
    [DataRow(0, 10, "LockDuration")]
    [DataRow(301, 10, "LockDuration")]
    [DataRow(30, 0, "MaxDeliveryCount")]
    public async Task StartAsync_InvalidQueueOptions_FailsWithTheSettingNamed(int lockSeconds, int maxDeliveryCount, string setting)
    {
        var options = new EmbeddedBrokerOptions();
        options.Queues.Add(new QueueOptions("goals") { LockDuration = TimeSpan.FromSeconds(lockSeconds), MaxDeliveryCount = maxDeliveryCount });

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => EmbeddedServiceBusBroker.StartAsync(options));

        Assert.AreEqual(setting, error.ParamName);
    }

    [TestMethod]
    public async Task StartAsync_SameQueueTwice_IsRefused()
    {
        var options = new EmbeddedBrokerOptions();
        options.Queues.Add(new QueueOptions("goals"));
        options.Queues.Add(new QueueOptions("GOALS"));

        ArgumentException error = await Assert.ThrowsExactlyAsync<ArgumentException>(() => EmbeddedServiceBusBroker.StartAsync(options));

        Assert.Contains("configured twice", error.Message);
    }

    [TestMethod]
    public async Task StartAsync_Defaults_ListensOnLoopbackWithAnEmulatorConnectionString()
    {
        await using EmbeddedServiceBusBroker broker = await EmbeddedServiceBusBroker.StartAsync(new EmbeddedBrokerOptions());

        StringAssert.StartsWith(broker.ConnectionString, $"Endpoint=sb://127.0.0.1:{broker.Port}/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=");
        StringAssert.EndsWith(broker.ConnectionString, ";UseDevelopmentEmulator=true");
        Assert.AreEqual(32, Convert.FromBase64String(broker.SharedAccessKey).Length);
    }

    [TestMethod]
    public async Task SendAsync_ToAQueueThatDoesNotExist_FailsWithEntityNotFound()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("nope");

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(() => sender.SendAsync(Messages.Text("x")));

        Assert.AreEqual(ServiceBusFailureReason.EntityNotFound, error.Reason);
    }

    [TestMethod]
    public async Task AddQueue_AtRunTime_IsUsableAtOnce()
    {
        await using TestBroker broker = await TestBroker.StartAsync();
        broker.Broker.AddQueue(new QueueOptions("late"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("late");

        await sender.SendAsync(Messages.Text("x"));

        Assert.AreEqual(1, broker.Broker.GetStatistics("late").ActiveMessageCount);
    }
}

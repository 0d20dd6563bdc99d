using System;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Messaging.Tests.Support;

namespace SalesGoals.Crm.Messaging.Tests.Consumers;

[TestClass]
public sealed class ConsumerHostOptionsTests
{
    [TestMethod]
    [DataRow("", 4, 5, "QueueName")]
    [DataRow("goals", 0, 5, "MaxConcurrency")]
    [DataRow("goals", 4, 0, "MaxAttempts")]
    public void Constructor_InvalidOptions_FailsAtStartUp(string queue, int concurrency, int attempts, string expected)
    {
        var client = new ServiceBusQueueClient("Endpoint=sb://127.0.0.1:1/;SharedAccessKeyName=k;SharedAccessKey=a2V5;UseDevelopmentEmulator=true");
        var options = new ConsumerHostOptions { QueueName = queue, MaxConcurrency = concurrency, MaxAttempts = attempts };

        ArgumentException error = Assert.ThrowsExactly<ArgumentException>(
            () => new QueueConsumerHost(client, new RecordingHandler(), new InMemoryIdempotencyStore(), options));

        Assert.Contains(expected, error.Message);
    }
}

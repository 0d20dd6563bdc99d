using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Messaging.Tests.ServiceBus;

[TestClass]
public sealed class AuthenticationTests
{
    private static string WrongKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [TestMethod]
    public async Task ConnectAsync_SaslPlainWithWrongKey_IsRefused()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        string connectionString = broker.Broker.ConnectionString.Replace(broker.Broker.SharedAccessKey, WrongKey(), StringComparison.Ordinal);
        await using var client = broker.CreateClient(o => { o.ConnectionString = connectionString; o.MaxRetries = 1; });

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(() => client.ConnectAsync());

        Assert.AreEqual(ServiceBusFailureReason.Unauthorized, error.Reason);
    }

    [TestMethod]
    public async Task SendAsync_CbsSasTokenSignedWithWrongKey_IsRefusedAndNothingIsQueued()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        string connectionString = broker.Broker.ConnectionString.Replace(broker.Broker.SharedAccessKey, WrongKey(), StringComparison.Ordinal);
        await using var client = broker.CreateClient(o => { o.ConnectionString = connectionString; o.UseSaslPlain = false; });
        await using IQueueSender sender = client.CreateSender("goals");

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(() => sender.SendAsync(Messages.Text("x")));

        Assert.AreEqual(ServiceBusFailureReason.Unauthorized, error.Reason);
        Assert.Contains("signature does not match", error.Message);
        Assert.AreEqual(1, broker.Broker.CbsTokensRefused);
        Assert.AreEqual(0, broker.Broker.GetStatistics("goals").ActiveMessageCount);
    }

    [TestMethod]
    public async Task SendAsync_CbsSasTokenWithRightKey_IsAcceptedWithoutSaslPlain()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient(o => o.UseSaslPlain = false);
        await using IQueueSender sender = client.CreateSender("goals");

        await sender.SendAsync(Messages.Text("x"));

        Assert.AreEqual(1, broker.Broker.CbsTokensAccepted);
        Assert.AreEqual(1, broker.Broker.GetStatistics("goals").ActiveMessageCount);
    }

    [TestMethod]
    public async Task SendAsync_EntraJwtWithAcceptedAudience_IsAccepted()
    {
        await using TestBroker broker = await TestBroker.StartAsync(o => o.AcceptedJwtAudience = "https://servicebus.azure.net", new QueueOptions("goals"));
        var credential = new FakeTokenCredential("https://servicebus.azure.net", TimeSpan.FromHours(1));
        await using var client = new ServiceBusQueueClient(new ServiceBusClientOptions
        {
            FullyQualifiedNamespace = $"127.0.0.1:{broker.Broker.Port}",
            Credential = credential,
            UseDevelopmentEmulator = true,
        });
        await using IQueueSender sender = client.CreateSender("goals");

        await sender.SendAsync(Messages.Text("x"));

        Assert.AreEqual(CredentialCbsTokenSource.ServiceBusScope, credential.LastScope);
        Assert.AreEqual(1, broker.Broker.GetStatistics("goals").ActiveMessageCount);
    }

    [TestMethod]
    [DataRow("https://servicebus.azure.net", null, DisplayName = "broker accepts no JWT")]
    [DataRow("https://vault.azure.net", "https://servicebus.azure.net", DisplayName = "token for another audience")]
    public async Task SendAsync_EntraJwtNotAccepted_IsRefused(string tokenAudience, string? brokerAudience)
    {
        await using TestBroker broker = await TestBroker.StartAsync(o => o.AcceptedJwtAudience = brokerAudience, new QueueOptions("goals"));
        await using var client = new ServiceBusQueueClient(new ServiceBusClientOptions
        {
            FullyQualifiedNamespace = $"127.0.0.1:{broker.Broker.Port}",
            Credential = new FakeTokenCredential(tokenAudience, TimeSpan.FromHours(1)),
            UseDevelopmentEmulator = true,
        });
        await using IQueueSender sender = client.CreateSender("goals");

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(() => sender.SendAsync(Messages.Text("x")));

        Assert.AreEqual(ServiceBusFailureReason.Unauthorized, error.Reason);
    }

    [TestMethod]
    public async Task CbsToken_ShortLived_IsRenewedBeforeItExpires()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient(o =>
        {
            o.UseSaslPlain = false;
            o.SasTokenLifetime = TimeSpan.FromSeconds(3);
            o.TokenRenewalMargin = TimeSpan.FromSeconds(2);
        });
        await using IQueueSender sender = client.CreateSender("goals");
        await sender.SendAsync(Messages.Text("before"));

        bool renewed = await Poll.UntilAsync(() => broker.Broker.CbsTokensAccepted >= 2);
        await sender.SendAsync(Messages.Text("after renewal"));

        Assert.IsTrue(renewed);
        Assert.AreEqual(2, broker.Broker.GetStatistics("goals").ActiveMessageCount);
    }

    [TestMethod]
    public async Task AttachWithoutAnyCredential_IsRefusedByTheBroker()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = new ServiceBusQueueClient(new ServiceBusClientOptions
        {
            FullyQualifiedNamespace = $"127.0.0.1:{broker.Broker.Port}",
            Credential = new FakeTokenCredential("https://servicebus.azure.net", TimeSpan.FromHours(1)),
            UseDevelopmentEmulator = true,
        });
        await using IQueueReceiver receiver = client.CreateReceiver("goals");

        ServiceBusException error = await Assert.ThrowsExactlyAsync<ServiceBusException>(() => receiver.ReceiveAsync(1, TimeSpan.FromSeconds(1)));

        Assert.AreEqual(ServiceBusFailureReason.Unauthorized, error.Reason);
    }
}

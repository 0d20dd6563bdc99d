using System;
using SalesGoals.Crm.Messaging.ServiceBus;

namespace SalesGoals.Crm.Messaging.Tests.ServiceBus;

[TestClass]
public sealed class ServiceBusConnectionStringTests
{
    private const string Key = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0xMjM0NTY=";

    [TestMethod]
    public void Parse_AzurePortalFormat_ReadsEveryPartAndDefaultsToTlsPort()
    {
        ServiceBusConnectionString parsed = ServiceBusConnectionString.Parse(
            $"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={Key};EntityPath=goals");

        Assert.AreEqual("contoso.servicebus.windows.net", parsed.Host);
        Assert.AreEqual(5671, parsed.Port);
        Assert.AreEqual("RootManageSharedAccessKey", parsed.SharedAccessKeyName);
        Assert.AreEqual(Key, parsed.SharedAccessKey);
        Assert.AreEqual("goals", parsed.EntityPath);
        Assert.IsFalse(parsed.UseDevelopmentEmulator);
    }

    [TestMethod]
    [DataRow("Endpoint=sb://localhost;SharedAccessKeyName=k;SharedAccessKey=" + Key + ";UseDevelopmentEmulator=true", 5672)]
    [DataRow("Endpoint=sb://127.0.0.1:5999/;SharedAccessKeyName=k;SharedAccessKey=" + Key + ";UseDevelopmentEmulator=true", 5999)]
    public void Parse_DevelopmentEmulator_UsesPlainAmqpPort(string connectionString, int port)
    {
        ServiceBusConnectionString parsed = ServiceBusConnectionString.Parse(connectionString);

        Assert.IsTrue(parsed.UseDevelopmentEmulator);
        Assert.AreEqual(port, parsed.Port);
    }

    [TestMethod]
    [DataRow("", "empty")]
    [DataRow("SharedAccessKeyName=k;SharedAccessKey=" + Key, "no Endpoint")]
    [DataRow("Endpoint=https://contoso/;SharedAccessKeyName=k;SharedAccessKey=" + Key, "not an sb://")]
    [DataRow("Endpoint=sb://contoso/;SharedAccessKeyName=k", "must be given together")]
    [DataRow("Endpoint=sb://contoso/;SharedAccessKeyName=k;SharedAccessKey=not base64!", "not a base64 key")]
    [DataRow("Endpoint=sb://contoso/;garbage", "Name=Value")]
    public void Parse_BadConnectionString_ThrowsWithTheReason(string connectionString, string reason)
    {
        FormatException error = Assert.ThrowsExactly<FormatException>(() => ServiceBusConnectionString.Parse(connectionString));

        Assert.Contains(reason, error.Message);
    }

    [TestMethod]
    public void Constructor_OptionsWithoutEndpointOrCredential_FailsAtStartUp()
    {
        ArgumentException error = Assert.ThrowsExactly<ArgumentException>(() => new ServiceBusQueueClient(new ServiceBusClientOptions()));

        Assert.Contains("ConnectionString", error.Message);
    }

    [TestMethod]
    public void Create_SharedAccessSignature_HasServiceBusFormat()
    {
        string token = SharedAccessSignature.Create("send", Key, "sb://contoso.servicebus.windows.net/goals", DateTimeOffset.FromUnixTimeSeconds(1_900_000_000));

        StringAssert.StartsWith(token, "SharedAccessSignature sr=sb%3A%2F%2Fcontoso.servicebus.windows.net%2Fgoals&sig=");
        StringAssert.EndsWith(token, "&se=1900000000&skn=send");
    }
}

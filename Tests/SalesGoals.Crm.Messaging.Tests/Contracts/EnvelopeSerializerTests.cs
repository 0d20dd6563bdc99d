using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.Contracts;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.Tests.Support;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Tests.Contracts;

[TestClass]
public sealed class EnvelopeSerializerTests
{
    private static readonly Guid GoalId = Guid.Parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static readonly DateTimeOffset At = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    [TestMethod]
    public async Task ToQueueMessage_GoalChangedThroughTheBroker_ReadsBackTheSamePayload()
    {
        await using TestBroker broker = await TestBroker.StartAsync(null, new QueueOptions("goals"));
        await using var client = broker.CreateClient();
        await using IQueueSender sender = client.CreateSender("goals");
        await using IQueueReceiver receiver = client.CreateReceiver("goals");
        var payload = new GoalChanged(GoalId, 12, "updated", Guid.NewGuid(), "revenue-won", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), 1_500_000m, "CNY");

        await sender.SendAsync(EnvelopeSerializer.ToQueueMessage(MessageTypes.GoalChanged, payload, At, GoalId.ToString(), 12, "corr-9"));
        ReceivedQueueMessage received = (await receiver.ReceiveAsync(1, TimeSpan.FromSeconds(5)))[0];
        MessageEnvelope envelope = EnvelopeSerializer.Read(received.Body.Span);

        Assert.AreEqual(MessageTypes.GoalChanged, envelope.Type);
        Assert.AreEqual(1, envelope.SchemaVersion);
        Assert.AreEqual($"{MessageTypes.GoalChanged}:{GoalId}:12", received.MessageId);
        Assert.AreEqual(12L, received.ApplicationProperties[EnvelopeSerializer.EntityVersionProperty]);
        Assert.AreEqual(EnvelopeSerializer.ContentType, received.ContentType);
        Assert.AreEqual("corr-9", received.CorrelationId);
        Assert.AreEqual(payload, envelope.PayloadAs<GoalChanged>());
    }

    public static IEnumerable<object[]> EveryMessageType()
    {
        yield return [MessageTypes.ProgressChanged, new ProgressChanged(GoalId, 3, 750m, 1000m, 0.75m, At)];
        yield return [MessageTypes.PullActuals, new PullActuals("zoho", "owner-1", At.AddDays(-1), At)];
        yield return [MessageTypes.MappingChanged, new MappingChanged("fenxiang", "user", "FX-001", Guid.NewGuid(), 2)];
        yield return [MessageTypes.PaceSweep, new PaceSweep(new DateOnly(2026, 11, 23), null)];
    }

    [TestMethod]
    [DynamicData(nameof(EveryMessageType))]
    public void Read_EveryMessageType_RoundTripsItsPayload(string type, object payload)
    {
        QueueMessage message = EnvelopeSerializer.ToQueueMessage(type, payload, At);

        MessageEnvelope envelope = EnvelopeSerializer.Read(message.Body.Span);
        object? back = System.Text.Json.JsonSerializer.Deserialize(envelope.Payload.GetRawText(), payload.GetType(), Web);

        Assert.AreEqual(type, envelope.Type);
        Assert.AreEqual(payload, back);
    }

    [TestMethod]
    [DataRow("""{"type":"salesgoals.goal-changed","schemaVersion":2,"messageId":"m","occurredAt":"2026-11-23T08:00:00Z","payload":{}}""", "UnsupportedSchemaVersion")]
    [DataRow("""{"type":"salesgoals.unknown","schemaVersion":1,"messageId":"m","occurredAt":"2026-11-23T08:00:00Z","payload":{}}""", "UnknownMessageType")]
    [DataRow("""{"schemaVersion":1}""", "MalformedEnvelope")]
    [DataRow("""not json""", "MalformedEnvelope")]
    public void Read_EnvelopeThisConsumerCannotRead_IsUnprocessable(string json, string reason)
    {
        UnprocessableMessageException error = Assert.ThrowsExactly<UnprocessableMessageException>(() => EnvelopeSerializer.Read(Encoding.UTF8.GetBytes(json)));

        Assert.AreEqual(reason, error.Reason);
    }

    [TestMethod]
    public void ToQueueMessage_UnknownType_IsRefused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => EnvelopeSerializer.ToQueueMessage("salesgoals.nope", new PaceSweep(new DateOnly(2026, 1, 1), null), At));
    }
}

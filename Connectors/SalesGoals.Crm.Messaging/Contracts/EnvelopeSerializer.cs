using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Contracts;

/// <summary>Writes envelopes to queue messages and reads them back, with the schema-version check.</summary>
public static class EnvelopeSerializer
{
    public const string ContentType = "application/vnd.salesgoals.envelope+json";
    public const string MessageTypeProperty = "message-type";
    public const string SchemaVersionProperty = "schema-version";
    public const string EntityVersionProperty = "entity-version";

    /// <summary>Schema versions this build reads, per message type (all start at 1).</summary>
    public static IReadOnlyDictionary<string, int> SupportedVersions { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [MessageTypes.GoalChanged] = 1,
        [MessageTypes.ProgressChanged] = 1,
        [MessageTypes.PullActuals] = 1,
        [MessageTypes.MappingChanged] = 1,
        [MessageTypes.PaceSweep] = 1,
    };

    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Builds the queue message. The message id defaults to <c>type:entity:version</c> so that re-sending the same
    /// change is caught by duplicate detection; <paramref name="sessionId"/> keeps one entity's changes in order.
    /// </summary>
    public static QueueMessage ToQueueMessage<T>(string type, T payload, DateTimeOffset occurredAt, string? entityId = null,
        long? entityVersion = null, string? correlationId = null, string? messageId = null, string? sessionId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        if (!SupportedVersions.TryGetValue(type, out int version))
        {
            throw new ArgumentException($"Unknown message type '{type}'.", nameof(type));
        }

        string id = messageId ?? (entityId is not null && entityVersion is not null
            ? $"{type}:{entityId}:{entityVersion}"
            : Guid.NewGuid().ToString("N"));
        var envelope = new MessageEnvelope(type, version, id, occurredAt, correlationId, entityId, entityVersion,
            JsonSerializer.SerializeToElement(payload, JsonOptions));
        var message = new QueueMessage(JsonSerializer.SerializeToUtf8Bytes(envelope, JsonOptions))
        {
            MessageId = id,
            ContentType = ContentType,
            Subject = type,
            CorrelationId = correlationId,
            SessionId = sessionId,
        };
        message.ApplicationProperties[MessageTypeProperty] = type;
        message.ApplicationProperties[SchemaVersionProperty] = version;
        if (entityVersion is { } entity)
        {
            message.ApplicationProperties[EntityVersionProperty] = entity;
        }

        return message;
    }

    /// <summary>Reads an envelope; unreadable or too new → <see cref="UnprocessableMessageException"/> (dead-letter, no retry).</summary>
    public static MessageEnvelope Read(ReadOnlySpan<byte> body)
    {
        MessageEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<MessageEnvelope>(body, JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new UnprocessableMessageException("MalformedEnvelope", $"The envelope is not valid JSON: {exception.Message}", exception);
        }

        if (envelope is null || string.IsNullOrEmpty(envelope.Type) || string.IsNullOrEmpty(envelope.MessageId))
        {
            throw new UnprocessableMessageException("MalformedEnvelope", "The envelope has no type or message id.");
        }

        if (!SupportedVersions.TryGetValue(envelope.Type, out int supported))
        {
            throw new UnprocessableMessageException("UnknownMessageType", $"Message type '{envelope.Type}' is unknown to this consumer.");
        }

        if (envelope.SchemaVersion < 1 || envelope.SchemaVersion > supported)
        {
            throw new UnprocessableMessageException("UnsupportedSchemaVersion",
                $"'{envelope.Type}' schema version {envelope.SchemaVersion} is not supported (this consumer reads up to {supported}).");
        }

        return envelope;
    }
}

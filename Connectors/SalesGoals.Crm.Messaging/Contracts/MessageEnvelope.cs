using System;
using System.Text.Json;

namespace SalesGoals.Crm.Messaging.Contracts;

/// <summary>
/// Versioned JSON envelope of every product message. <see cref="EntityVersion"/> with the message id forms
/// the idempotency key; readers refuse schema versions newer than they know.
/// </summary>
public sealed record MessageEnvelope(
    string Type,
    int SchemaVersion,
    string MessageId,
    DateTimeOffset OccurredAt,
    string? CorrelationId,
    string? EntityId,
    long? EntityVersion,
    JsonElement Payload)
{
    public T PayloadAs<T>() =>
        Payload.Deserialize<T>(EnvelopeSerializer.JsonOptions)
        ?? throw new JsonException($"The payload of '{Type}' is null.");
}

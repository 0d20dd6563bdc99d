using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Reporting.Teams;

/// <summary>An Adaptive Card (schema 1.4, what Teams renders): text blocks and a fact set.</summary>
public sealed record AdaptiveCard
{
    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("type")]
    public string Type { get; init; } = "AdaptiveCard";

    [JsonPropertyName("version")]
    public string Version { get; init; } = "1.4";

    [JsonPropertyName("body")]
    public IReadOnlyList<AdaptiveElement> Body { get; init; } = [];
}

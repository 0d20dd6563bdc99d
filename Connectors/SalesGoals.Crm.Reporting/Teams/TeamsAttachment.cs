using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Reporting.Teams;

/// <summary>An Adaptive Card attachment of a Teams message.</summary>
public sealed record TeamsAttachment
{
    [JsonPropertyName("contentType")]
    public string ContentType { get; init; } = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("content")]
    public AdaptiveCard Content { get; init; } = new();
}

using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Reporting.Teams;

/// <summary>The webhook body Teams accepts: a message with one Adaptive Card attachment.</summary>
public sealed record TeamsMessage
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "message";

    [JsonPropertyName("attachments")]
    public IReadOnlyList<TeamsAttachment> Attachments { get; init; } = [];

    public static TeamsMessage Of(AdaptiveCard card) => new() { Attachments = [new TeamsAttachment { Content = card }] };
}

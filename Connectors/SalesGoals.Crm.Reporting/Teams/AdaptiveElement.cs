using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Reporting.Teams;

/// <summary>A card element: a TextBlock (text, weight, wrap) or a FactSet (facts).</summary>
public sealed record AdaptiveElement
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "TextBlock";

    [JsonPropertyName("text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    [JsonPropertyName("weight")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Weight { get; init; }

    [JsonPropertyName("wrap")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Wrap { get; init; }

    [JsonPropertyName("facts")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AdaptiveFact>? Facts { get; init; }

    public static AdaptiveElement Heading(string text) => new() { Text = text, Weight = "Bolder", Wrap = true };

    public static AdaptiveElement Paragraph(string text) => new() { Text = text, Wrap = true };

    public static AdaptiveElement FactSet(IReadOnlyList<AdaptiveFact> facts) => new() { Type = "FactSet", Facts = facts };
}

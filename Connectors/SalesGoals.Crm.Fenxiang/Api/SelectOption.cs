using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>A single-select option: <see cref="Value"/> is what is stored and sent, <see cref="Label"/> only shown.</summary>
public sealed record SelectOption(
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("label")] string? Label);

using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Reporting.Teams;

/// <summary>One "title: value" line of a FactSet.</summary>
public sealed record AdaptiveFact([property: JsonPropertyName("title")] string Title, [property: JsonPropertyName("value")] string Value);

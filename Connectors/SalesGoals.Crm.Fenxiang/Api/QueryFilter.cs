using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>One filter; filters are ANDed and their values are always a list of strings.</summary>
/// <param name="FieldName">Field apiName.</param>
/// <param name="FieldValues">Values as strings (numbers and epoch ms too).</param>
/// <param name="Operator">See <see cref="QueryOperators"/>.</param>
public sealed record QueryFilter(
    [property: JsonPropertyName("field_name")] string FieldName,
    [property: JsonPropertyName("field_values")] IReadOnlyList<string> FieldValues,
    [property: JsonPropertyName("operator")] string Operator);

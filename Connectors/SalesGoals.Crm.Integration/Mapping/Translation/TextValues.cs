using System.Collections.Generic;
using System.Text.Json;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>Reading the plain-text kinds (text, choice, currency code, identifier), the same for both vendors.</summary>
internal static class TextValues
{
    public static FormatRead Read(JsonElement value, string field) =>
        JsonValues.Text(value) is { } text
            ? (text.Length == 0 ? FormatRead.Absent : FormatRead.Of(text))
            : FormatRead.Fail($"{field} should be text but is {JsonValues.Describe(value)}");

    /// <summary>The field's value, or null when the record lacks it or holds JSON null.</summary>
    public static JsonElement? Get(IReadOnlyDictionary<string, JsonElement> record, string field) =>
        record.TryGetValue(field, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? value : null;
}

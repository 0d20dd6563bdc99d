using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>Zoho CRM v8 record values: numbers and money as JSON numbers, dates <c>yyyy-MM-dd</c>, date-times
/// ISO 8601 with offset and no fraction, users and lookups as objects (<c>{"id","name","email"}</c> on read, <c>{"id"}</c> on write).</summary>
public sealed class ZohoValueFormat : IValueFormat
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    /// <summary>Zoho always sends an offset; a time without one would silently take the server's zone, so it is refused.</summary>
    private static readonly string[] DateTimeReadFormats =
        [DateTimeFormat, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    public static ZohoValueFormat Instance { get; } = new();

    public ExternalSystem System => ExternalSystem.Zoho;

    public string RecordIdField => "id";

    public FormatRead Read(IReadOnlyDictionary<string, JsonElement> record, string field, CanonicalType type)
    {
        if (TextValues.Get(record, field) is not { } value)
        {
            return FormatRead.Absent;
        }

        return type switch
        {
            CanonicalType.Number or CanonicalType.Money => JsonValues.TryDecimal(value, out var number)
                ? FormatRead.Of(number)
                : FormatRead.Fail($"{field} should be a number but is {JsonValues.Describe(value)}"),
            CanonicalType.Date => value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? FormatRead.Of(date)
                : FormatRead.Fail($"{field} should be a date (yyyy-MM-dd) but is {JsonValues.Describe(value)}"),
            CanonicalType.DateTime => value.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParseExact(value.GetString(), DateTimeReadFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                ? FormatRead.Of(instant)
                : FormatRead.Fail($"{field} should be a date-time (ISO 8601 with offset) but is {JsonValues.Describe(value)}"),
            CanonicalType.User => ReadReference(value) is { } user
                ? FormatRead.Of(new ExternalUserRef(user.Id, Property(value, "email"), user.Name))
                : FormatRead.Fail($"{field} should be a user object with an id but is {JsonValues.Describe(value)}"),
            CanonicalType.Lookup => ReadReference(value) is { } lookup
                ? FormatRead.Of(lookup)
                : FormatRead.Fail($"{field} should be a lookup object with an id but is {JsonValues.Describe(value)}"),
            _ => TextValues.Read(value, field),
        };
    }

    public JsonElement Write(CanonicalType type, object value) => value switch
    {
        decimal number => JsonValues.Number(number),
        DateOnly date => JsonValues.String(date.ToString(DateFormat, CultureInfo.InvariantCulture)),
        DateTimeOffset instant => JsonValues.String(instant.ToString(DateTimeFormat, CultureInfo.InvariantCulture)),
        ExternalUserRef user => JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["id"] = user.Id }),
        ExternalLookupRef lookup => JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["id"] = lookup.Id }),
        string text => JsonValues.String(text),
        _ => throw new ArgumentException($"A canonical {type} value cannot be a {value.GetType().Name}.", nameof(value)),
    };

    private static ExternalLookupRef? ReadReference(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && Property(value, "id") is { } id
            ? new ExternalLookupRef(id, Property(value, "name"))
            : null;

    private static string? Property(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) ? JsonValues.Text(property) : null;
}

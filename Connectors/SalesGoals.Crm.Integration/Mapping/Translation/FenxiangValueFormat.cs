using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>Fenxiang OpenAPI record values: numbers and money as strings (<c>"100.01"</c>), dates and times as
/// epoch milliseconds (a date is midnight of the tenant's time zone), employee fields as lists (<c>["1000"]</c>),
/// lookups as the target's id with its display name beside it in <c>field__r</c>.</summary>
public sealed class FenxiangValueFormat(TimeZoneInfo tenantTimeZone) : IValueFormat
{
    public ExternalSystem System => ExternalSystem.Fenxiang;

    public string RecordIdField => "_id";

    public TimeZoneInfo TenantTimeZone { get; } = tenantTimeZone;

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
                : FormatRead.Fail($"{field} should be a number (as a string) but is {JsonValues.Describe(value)}"),
            CanonicalType.Date => JsonValues.TryInt64(value, out var dateMs) && ToTenantTime(dateMs) is { } day
                ? FormatRead.Of(DateOnly.FromDateTime(day.DateTime))
                : FormatRead.Fail($"{field} should be a date in epoch milliseconds but is {JsonValues.Describe(value)}"),
            CanonicalType.DateTime => JsonValues.TryInt64(value, out var ms) && ToTenantTime(ms) is { } instant
                ? FormatRead.Of(instant)
                : FormatRead.Fail($"{field} should be a time in epoch milliseconds but is {JsonValues.Describe(value)}"),
            CanonicalType.User => ReadEmployee(value, field, TextValues.Get(record, field + "__r")),
            CanonicalType.Lookup => JsonValues.Text(value) is { Length: > 0 } id
                ? FormatRead.Of(new ExternalLookupRef(id, LookupName(TextValues.Get(record, field + "__r"))))
                : FormatRead.Fail($"{field} should be a record id but is {JsonValues.Describe(value)}"),
            _ => TextValues.Read(value, field),
        };
    }

    public JsonElement Write(CanonicalType type, object value) => value switch
    {
        decimal number => JsonValues.String(number.ToString(CultureInfo.InvariantCulture)),
        DateOnly date => JsonValues.Number(TenantMidnight(date).ToUnixTimeMilliseconds()),
        DateTimeOffset instant => JsonValues.Number(instant.ToUnixTimeMilliseconds()),
        ExternalUserRef user => JsonSerializer.SerializeToElement(new[] { user.Id }),
        ExternalLookupRef lookup => JsonValues.String(lookup.Id),
        string text => JsonValues.String(text),
        _ => throw new ArgumentException($"A canonical {type} value cannot be a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>An employee list (<c>["1000"]</c>), with the name from the nested <c>field__r</c> object Fenxiang
    /// sends beside it (<c>{"id":"1000","name":"…",…}</c>) when there is one.</summary>
    private static FormatRead ReadEmployee(JsonElement value, string field, JsonElement? person)
    {
        var ids = value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Select(JsonValues.Text).ToList(),
            JsonValueKind.String => [value.GetString()],
            _ => [null],
        };
        return ids switch
        {
            [] => FormatRead.Absent,
            // Only the name is taken from owner__r: its e-mail field is often blank, the user list is the source for e-mails.
            [{ Length: > 0 } id] => FormatRead.Of(new ExternalUserRef(id, null, PersonPart(person, "name"))),
            _ => FormatRead.Fail($"{field} should name one employee (e.g. [\"1000\"]) but is {JsonValues.Describe(value)}"),
        };
    }

    /// <summary>A lookup's display name: <c>field__r</c> is the name, or (like people fields) an object holding it.</summary>
    private static string? LookupName(JsonElement? display) => display switch
    {
        { ValueKind: JsonValueKind.Object } => PersonPart(display, "name"),
        { } text => JsonValues.Text(text),
        null => null,
    };

    private static string? PersonPart(JsonElement? person, string name) =>
        person is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var part) && JsonValues.Text(part) is { Length: > 0 } text
            ? text
            : null;

    private DateTimeOffset? ToTenantTime(long epochMs) =>
        epochMs is < -62135596800000 or > 253402300799999
            ? null
            : TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(epochMs), TenantTimeZone);

    private DateTimeOffset TenantMidnight(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TenantTimeZone.GetUtcOffset(local));
    }
}

using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Worker.Dataverse.WebApi;

/// <summary>Reads and writes Web API column values: Edm.Date as yyyy-MM-dd, Edm.DateTimeOffset in UTC, lookups as _x_value.</summary>
internal static class JsonColumns
{
    public static string? Text(JsonObject row, string column) => row[column]?.GetValue<string>();

    public static int? Int(JsonObject row, string column) => row[column] is JsonValue value ? value.GetValue<int>() : null;

    public static decimal? Decimal(JsonObject row, string column) => row[column] is JsonValue value ? value.GetValue<decimal>() : null;

    public static bool Bool(JsonObject row, string column) => row[column] is JsonValue value && value.GetValue<bool>();

    public static Guid? Lookup(JsonObject row, string column) => Guid(row, $"_{column}_value");

    public static Guid? Guid(JsonObject row, string column) =>
        row[column]?.GetValue<string>() is string text ? System.Guid.Parse(text) : null;

    public static DateOnly? Date(JsonObject row, string column) =>
        row[column]?.GetValue<string>() is string text ? DateOnly.FromDateTime(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)) : null;

    public static DateTimeOffset? Instant(JsonObject row, string column) =>
        row[column]?.GetValue<string>() is string text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    public static string? FormattedValue(JsonObject row, string property) =>
        row[property + "@OData.Community.Display.V1.FormattedValue"]?.GetValue<string>();

    public static JsonNode? DateValue(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonNode? InstantValue(DateTimeOffset? instant) =>
        instant?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Bind(string entitySet, Guid id) => $"/{entitySet}({id:D})";

    public static JsonObject Parse(string json) => JsonNode.Parse(json)?.AsObject() ?? throw new JsonException("Expected a JSON object.");
}

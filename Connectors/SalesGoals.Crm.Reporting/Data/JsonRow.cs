using System;
using System.Globalization;
using System.Text.Json.Nodes;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Data;

/// <summary>Typed reads of a Web API row: lookups as <c>_x_value</c>, date-only columns as yyyy-MM-dd.</summary>
internal static class JsonRow
{
    public static string? Text(JsonObject row, string column) => row[column] is JsonValue value ? value.ToString() : null;

    public static int? Int(JsonObject row, string column) => row[column] is JsonValue value ? value.GetValue<int>() : null;

    public static decimal? Decimal(JsonObject row, string column) => row[column] is JsonValue value ? value.GetValue<decimal>() : null;

    public static bool? Bool(JsonObject row, string column) => row[column] is JsonValue value ? value.GetValue<bool>() : null;

    public static Guid? Guid(JsonObject row, string column) =>
        row[column] is JsonValue value && System.Guid.TryParse(value.ToString(), out var id) ? id : null;

    public static Guid? Lookup(JsonObject row, string column) => Guid(row, $"_{column}_value");

    /// <summary>A date-only column (yyyy-MM-dd); a full instant is cut to its UTC date, which is what Dataverse stores for date-only values.</summary>
    public static LocalDate? Date(JsonObject row, string column)
    {
        if (Text(row, column) is not { Length: >= 10 } text)
        {
            return null;
        }

        return LocalDate.FromDateTime(DateTime.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    public static DateTimeOffset? Instant(JsonObject row, string column) =>
        Text(row, column) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    public static string Bind(string entitySet, Guid id) => $"/{entitySet}({id:D})";
}

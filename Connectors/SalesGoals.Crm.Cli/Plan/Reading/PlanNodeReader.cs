using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Cli.Localization;
using SalesGoals.Crm.Cli.Plan.Model;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Cli.Plan.Reading;

/// <summary>Reads typed values out of a plan document and collects every problem with its location, never stopping at the first.</summary>
internal sealed class PlanNodeReader
{
    private readonly Func<string, string> _locate;

    public PlanNodeReader(Func<string, string> locate) => _locate = locate;

    public List<PlanProblem> Problems { get; } = [];

    public void Problem(string path, LocalText text, params object?[] args) => Problems.Add(new PlanProblem(_locate(path), text, args));

    public static string Child(string path, string key) => path.Length == 0 ? key : path + "." + key;

    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public JsonObject? Object(JsonNode? node, string path, bool required)
    {
        if (node is null)
        {
            if (required)
            {
                Problem(path, PlanTexts.Required);
            }

            return null;
        }

        if (node is JsonObject value)
        {
            return value;
        }

        Problem(path, PlanTexts.NotObject);
        return null;
    }

    public JsonArray? Array(JsonNode? node, string path, bool required)
    {
        if (node is null)
        {
            if (required)
            {
                Problem(path, PlanTexts.Required);
            }

            return null;
        }

        if (node is JsonArray value)
        {
            return value;
        }

        Problem(path, PlanTexts.NotList);
        return null;
    }

    public string? Text(JsonObject owner, string key, string path, bool required)
    {
        var node = owner[key];
        var at = Child(path, key);
        if (node is null || (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>())))
        {
            if (required)
            {
                Problem(at, PlanTexts.Required);
            }

            return null;
        }

        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number)
        {
            return value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Trim() : value.ToJsonString();
        }

        Problem(at, PlanTexts.NotText);
        return null;
    }

    public decimal? Number(JsonNode? node, string at, bool required)
    {
        if (node is null)
        {
            if (required)
            {
                Problem(at, PlanTexts.Required);
            }

            return null;
        }

        if (node is JsonValue value)
        {
            if (value.GetValueKind() == JsonValueKind.Number)
            {
                return value.GetValue<decimal>();
            }

            if (value.GetValueKind() == JsonValueKind.String)
            {
                var text = value.GetValue<string>().Trim().Replace(",", string.Empty, StringComparison.Ordinal);
                if (text.Length == 0 && !required)
                {
                    return null;
                }

                if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }
            }
        }

        Problem(at, PlanTexts.NotNumber, Shown(node));
        return null;
    }

    public decimal? Number(JsonObject owner, string key, string path, bool required) => Number(owner[key], Child(path, key), required);

    public int? Whole(JsonObject owner, string key, string path, bool required)
    {
        var at = Child(path, key);
        var number = Number(owner[key], at, required);
        if (number is null)
        {
            return null;
        }

        if (decimal.Truncate(number.Value) != number.Value || number.Value is > int.MaxValue or < int.MinValue)
        {
            Problem(at, PlanTexts.NotWholeNumber, number.Value);
            return null;
        }

        return (int)number.Value;
    }

    public LocalDate? Date(JsonNode? node, string at, bool required)
    {
        if (node is null)
        {
            if (required)
            {
                Problem(at, PlanTexts.Required);
            }

            return null;
        }

        var text = node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Trim() : null;
        if (text is not null && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year >= 1900 && date.Year <= 2200)
        {
            return new LocalDate(date.Year, date.Month, date.Day);
        }

        Problem(at, PlanTexts.NotDate, Shown(node));
        return null;
    }

    /// <summary>Settings this reader does not know are reported (a typo should not be silently ignored).</summary>
    public void RejectUnknown(JsonObject owner, string path, params string[] known)
    {
        foreach (var (key, _) in owner)
        {
            if (System.Array.IndexOf(known, key) < 0)
            {
                Problem(Child(path, key), PlanTexts.UnknownKey, key);
            }
        }
    }

    private static string Shown(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString() ?? string.Empty;
}

using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SalesGoals.Crm.Zoho.Emulator.Http;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Zoho.Emulator.Endpoints;

/// <summary>Checks a written value against its field's data type and returns it as Zoho stores it
/// (owner and lookups expanded to {name,id}); null when it does not fit (INVALID_DATA).</summary>
public static partial class FieldValueNormalizer
{
    public static bool TryNormalize(ZohoFieldSchema field, JsonNode? value, ZohoOrgState state, out JsonNode? normalized)
    {
        normalized = null;
        if (value is null)
        {
            return true;
        }

        switch (field.DataType)
        {
            case "text" or "textarea":
                return TryString(value, _ => true, out normalized);
            case "email":
                return TryString(value, s => s.Contains('@', StringComparison.Ordinal), out normalized);
            case "phone":
                return TryString(value, s => PhonePattern().IsMatch(s), out normalized);
            case "picklist":
                return TryString(value, s => field.PickList.Count == 0 || field.PickList.Contains(s, StringComparer.Ordinal), out normalized);
            case "date":
                return TryString(value, s => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), out normalized);
            case "datetime":
                if (value is JsonValue v && v.TryGetValue<string>(out var text)
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                {
                    normalized = ZohoFormats.DateTime(time, state.Zone);
                    return true;
                }

                return false;
            case "integer":
                return TryNumber(value, integral: true, out normalized);
            case "double" or "currency" or "percent" or "decimal":
                return TryNumber(value, integral: false, out normalized);
            case "boolean":
                if (value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                {
                    normalized = b.DeepClone();
                    return true;
                }

                return false;
            case "ownerlookup":
                var user = state.User(IdOf(value) ?? string.Empty);
                normalized = user is null ? null : ZohoOrgState.UserRef(user);
                return user is not null;
            case "lookup":
                return TryLookup(field, value, state, out normalized);
            default:
                normalized = value.DeepClone();
                return true;
        }
    }

    private static bool TryLookup(ZohoFieldSchema field, JsonNode value, ZohoOrgState state, out JsonNode? normalized)
    {
        normalized = null;
        var id = IdOf(value);
        if (id is null || field.LookupModule is null || !state.Records.TryGetValue(field.LookupModule, out var records)
            || !records.TryGetValue(id, out var target))
        {
            return false;
        }

        var nameField = state.Modules[field.LookupModule].NameField;
        normalized = new JsonObject { ["name"] = target.Data[nameField]?.DeepClone(), ["id"] = id };
        return true;
    }

    private static string? IdOf(JsonNode value) => value switch
    {
        JsonObject obj when obj["id"] is JsonValue id => id.ToString(),
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        _ => null,
    };

    private static bool TryString(JsonNode value, Func<string, bool> valid, out JsonNode? normalized)
    {
        normalized = null;
        if (value is JsonValue v && v.TryGetValue<string>(out var text) && valid(text))
        {
            normalized = text;
            return true;
        }

        return false;
    }

    private static bool TryNumber(JsonNode value, bool integral, out JsonNode? normalized)
    {
        normalized = null;
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        var number = v.GetValue<decimal>();
        if (integral && decimal.Truncate(number) != number)
        {
            return false;
        }

        normalized = JsonValue.Create(number);
        return true;
    }

    [GeneratedRegex(@"^[0-9+\-() .]{3,30}$")]
    private static partial Regex PhonePattern();

    public static string ExpectedType(ZohoFieldSchema field) => field.DataType switch
    {
        "ownerlookup" or "lookup" => "jsonobject",
        _ => field.DataType,
    };

    internal static bool IsSystemField(string name) => ZohoFormats.SystemFields.Contains(name, StringComparer.Ordinal);
}

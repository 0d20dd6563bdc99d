using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Operations;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

/// <summary>Writes a row as the Web API returns it: <c>@odata.etag</c>, the selected columns (null when empty), lookups as
/// <c>_x_value</c> with <c>lookuplogicalname</c>, and formatted values when the caller asked for them.</summary>
internal static class EntityJsonWriter
{
    public const string FormattedValue = "OData.Community.Display.V1.FormattedValue";
    public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";

    public static void Write(Utf8JsonWriter json, EdmTable table, Entity row, IReadOnlyList<ColumnDefinition> columns, Preferences preferences)
    {
        json.WriteStartObject();
        if (row.GetAttributeValue<long?>("versionnumber") is long version)
        {
            json.WriteString("@odata.etag", string.Create(CultureInfo.InvariantCulture, $"W/\"{version}\""));
        }

        var formatted = preferences.Wants(FormattedValue);
        foreach (var column in columns)
        {
            var name = EdmTable.PropertyName(column);
            row.Attributes.TryGetValue(column.LogicalName, out var value);
            if (formatted && Format(column, value) is string text)
            {
                json.WriteString(name + "@" + FormattedValue, text);
            }

            if (value is EntityReference reference && preferences.Wants(LookupLogicalName))
            {
                json.WriteString(name + "@" + LookupLogicalName, reference.LogicalName);
            }

            json.WritePropertyName(name);
            WriteValue(json, column, value);
        }

        if (!columns.Any(c => c.LogicalName == table.Metadata.PrimaryIdAttribute))
        {
            json.WriteString(table.Metadata.PrimaryIdAttribute, row.Id);
        }

        json.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter json, ColumnDefinition column, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case EntityReference reference:
                json.WriteStringValue(reference.Id);
                break;
            case OptionSetValue option:
                json.WriteNumberValue(option.Value);
                break;
            case Money money:
                json.WriteNumberValue(money.Value);
                break;
            case DateTime date when EdmColumnTypes.IsDateOnly(column):
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTime date:
                json.WriteStringValue(DateTime.SpecifyKind(date, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                break;
            case Guid id:
                json.WriteStringValue(id);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case OptionSetValueCollection options:
                json.WriteStringValue(string.Join(",", options.Select(o => o.Value.ToString(CultureInfo.InvariantCulture))));
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    // Formatted values as Dataverse shows them to an English (1033) user.
    private static string? Format(ColumnDefinition column, object? value) => value switch
    {
        OptionSetValue option => column.OptionSet?.Find(option.Value) is { } found && found.Labels.TryGetValue(1033, out var label)
            ? label
            : option.Value.ToString(CultureInfo.InvariantCulture),
        EntityReference reference => reference.Name,
        Money money => money.Value.ToString("N2", CultureInfo.InvariantCulture),
        bool flag => flag ? "Yes" : "No",
        DateTime date when EdmColumnTypes.IsDateOnly(column) => date.ToString("M/d/yyyy", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("M/d/yyyy h:mm tt", CultureInfo.InvariantCulture),
        decimal number => number.ToString("N2", CultureInfo.InvariantCulture),
        int number => number.ToString("N0", CultureInfo.InvariantCulture),
        _ => null,
    };
}

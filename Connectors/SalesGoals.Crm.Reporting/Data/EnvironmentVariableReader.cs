using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.GoalEngine.Progress;

namespace SalesGoals.Crm.Reporting.Data;

/// <summary>
/// Reads sg_AlertThreshold and sg_DefaultCalendar as the plug-ins do (Plugins/…/Configuration/EnvironmentSettings): each
/// definition with its active value row, the value overriding the default, and the shared rule deciding what counts
/// (an unusable threshold falls back to the default). Two requests: the definitions, then their values.
/// </summary>
internal static class EnvironmentVariableReader
{
    public const string AlertThreshold = "sg_AlertThreshold";
    public const string DefaultCalendar = "sg_DefaultCalendar";

    public static async Task<EnvironmentDefaults> ReadAsync(DataverseWebApiClient client, CancellationToken cancellationToken)
    {
        var definitions = await client.QueryAsync(
            DataverseNames.EnvironmentVariableDefinitions,
            new ODataQuery(["environmentvariabledefinitionid", "schemaname", "defaultvalue"], $"schemaname eq '{AlertThreshold}' or schemaname eq '{DefaultCalendar}'"),
            cancellationToken).ConfigureAwait(false);
        if (definitions.Count == 0)
        {
            return EnvironmentDefaults.None;
        }

        var ids = string.Join(" or ", definitions.Select(d => $"_environmentvariabledefinitionid_value eq {JsonRow.Guid(d, "environmentvariabledefinitionid"):D}"));
        var values = (await client.QueryAsync(
                DataverseNames.EnvironmentVariableValues,
                new ODataQuery(["_environmentvariabledefinitionid_value", "value"], $"statecode eq 0 and ({ids})"),
                cancellationToken).ConfigureAwait(false))
            .Where(v => JsonRow.Lookup(v, "environmentvariabledefinitionid").HasValue)
            .GroupBy(v => JsonRow.Lookup(v, "environmentvariabledefinitionid")!.Value)
            .ToDictionary(g => g.Key, g => JsonRow.Text(g.First(), "value"));
        var (thresholdValue, thresholdDefault) = Texts(definitions, values, AlertThreshold);
        var (calendarValue, calendarDefault) = Texts(definitions, values, DefaultCalendar);
        return new EnvironmentDefaults(
            PaceSettingsResolver.EnvironmentThreshold(thresholdValue, thresholdDefault),
            PaceSettingsResolver.EnvironmentValue(calendarValue, calendarDefault));
    }

    private static (string? Value, string? Default) Texts(IReadOnlyList<JsonObject> definitions, IReadOnlyDictionary<Guid, string?> values, string schemaName)
    {
        var definition = definitions.FirstOrDefault(d => string.Equals(JsonRow.Text(d, "schemaname"), schemaName, StringComparison.OrdinalIgnoreCase));
        if (definition is null)
        {
            return (null, null);
        }

        var id = JsonRow.Guid(definition, "environmentvariabledefinitionid");
        return (id is { } key && values.TryGetValue(key, out var value) ? value : null, JsonRow.Text(definition, "defaultvalue"));
    }
}

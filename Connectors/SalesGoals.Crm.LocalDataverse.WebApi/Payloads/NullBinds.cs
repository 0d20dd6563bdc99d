using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

/// <summary>Takes <c>"nav@odata.bind": null</c> (disassociate, as the Web API documents it) out of a body before the OData
/// reader sees it, and returns the navigation properties to clear.</summary>
internal static class NullBinds
{
    private const string Suffix = "@odata.bind";

    public static IReadOnlyList<string> Strip(JsonObject entity)
    {
        var cleared = entity.Where(p => p.Key.EndsWith(Suffix, System.StringComparison.Ordinal) && p.Value is null).Select(p => p.Key).ToList();
        foreach (var name in cleared)
        {
            entity.Remove(name);
        }

        return cleared.Select(n => n[..^Suffix.Length]).ToList();
    }
}

using System;
using System.Globalization;
using System.Linq;

namespace SalesGoals.Crm.Dataverse.WebApi.Client;

/// <summary>OData literals and keys as the Web API reads them: strings quoted with ' doubled, numbers and Guids bare.</summary>
public static class ODataKey
{
    /// <summary>An alternate key: <c>sg_sourcesystem=100000000,sg_externalid='Z-1'</c>.</summary>
    public static string Alternate(params (string Column, object Value)[] parts) =>
        string.Join(",", parts.Select(p => p.Column + "=" + Literal(p.Value)));

    /// <summary>A primary key: the Guid.</summary>
    public static string Id(Guid id) => id.ToString("D");

    /// <summary>A relative record address: <c>systemusers(…)</c>, for <c>@odata.bind</c> and <c>@odata.id</c>.</summary>
    public static string Address(string entitySet, string key) => $"{entitySet}({key})";

    public static string Literal(object? value) => value switch
    {
        null => "null",
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        Guid id => id.ToString("D"),
        bool flag => flag ? "true" : "false",
        DateTimeOffset instant => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"No OData literal for {value.GetType().Name}.", nameof(value)),
    };
}

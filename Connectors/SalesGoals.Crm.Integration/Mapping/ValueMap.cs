using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping;

/// <summary>Translates a field's stored values between an external system and canonical values
/// (regions, segments, product lines; Fenxiang's sales_status options to Open/Won/Lost).</summary>
/// <param name="Name">The map's name, referenced by <see cref="FieldMap.ValueMap"/>.</param>
/// <param name="Entries">External stored value → canonical value.</param>
public sealed record ValueMap(string Name, IReadOnlyDictionary<string, string> Entries)
{
    /// <summary>The canonical value for <paramref name="externalValue"/>, or null when ops have not mapped it.</summary>
    public string? ToCanonical(string externalValue) =>
        Entries.TryGetValue(externalValue, out var canonical) ? canonical : null;

    /// <summary>The external value for <paramref name="canonicalValue"/> (first match), or null.</summary>
    public string? ToExternal(string canonicalValue)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Value, canonicalValue, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Key;
            }
        }

        return null;
    }
}

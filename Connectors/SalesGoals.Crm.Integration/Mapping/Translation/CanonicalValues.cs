using System;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>Rules for canonical values that both directions share.</summary>
internal static class CanonicalValues
{
    public static bool IsOfType(CanonicalType type, object value) => type switch
    {
        CanonicalType.Number or CanonicalType.Money => value is decimal,
        CanonicalType.Date => value is DateOnly,
        CanonicalType.DateTime => value is DateTimeOffset,
        CanonicalType.User => value is ExternalUserRef,
        CanonicalType.Lookup => value is ExternalLookupRef,
        _ => value is string,
    };

    /// <summary>The external value for a canonical one. When several external values share it (Fenxiang's lost and
    /// invalid statuses both Lost), the ordinally first is written, so the choice does not depend on row order.</summary>
    public static string? ToExternal(ValueMap valueMap, string canonical) =>
        valueMap.Entries
            .Where(e => string.Equals(e.Value, canonical, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Key)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
}

using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SalesGoals.Crm.Integration.Mapping.Records;

namespace SalesGoals.Crm.Worker.Mapping;

/// <summary>A hash of a system's mapping rows in a stable order: equal when nothing ops edit has changed.</summary>
public static class MappingFingerprint
{
    public static string Of(MappingRowSet rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ordered = new
        {
            fields = rows.FieldRows.OrderBy(r => r.ExternalObject, StringComparer.Ordinal).ThenBy(r => r.CanonicalField, StringComparer.Ordinal).ThenBy(r => r.Direction).ThenBy(r => r.ExternalField, StringComparer.Ordinal).ToList(),
            values = rows.ValueRows.OrderBy(r => r.Kind).ThenBy(r => r.ExternalValue, StringComparer.Ordinal).ToList(),
            users = rows.UserRows.OrderBy(r => r.ExternalUserId, StringComparer.Ordinal).ToList(),
        };
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(ordered))));
    }
}

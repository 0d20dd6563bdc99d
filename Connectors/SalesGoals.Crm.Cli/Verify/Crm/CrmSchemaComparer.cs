using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Cli.Verify.Crm;

/// <summary>
/// Compares what the mapping makes the connector read and write with what the vendor's metadata says exists, and lists
/// every object and field an admin must create or change — nothing is guessed from labels, nothing is created.
/// </summary>
public static class CrmSchemaComparer
{
    /// <param name="objects">Each mapped object's metadata by API name; null (or absent) when the vendor has no such object.</param>
    public static IReadOnlyList<CrmGap> Compare(CrmMapping mapping, IReadOnlyDictionary<string, RemoteObject?> objects)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(objects);
        var gaps = new List<CrmGap>();
        foreach (var map in mapping.Objects)
        {
            var entity = CanonicalFieldCatalog.Entity(map.CanonicalEntity);
            var remote = objects.GetValueOrDefault(map.ExternalObject);
            if (remote is null)
            {
                gaps.Add(new CrmGap(mapping.System, CrmGapKind.CreateObject, map.ExternalObject, null, null, null, map.CanonicalEntity));
            }

            foreach (var field in map.Fields.DistinctBy(f => f.ExternalField, StringComparer.Ordinal))
            {
                if (entity?.Field(field.CanonicalField) is not { } canonical)
                {
                    continue; // an unknown canonical field is a mapping problem `mappings validate` reports, not a schema gap
                }

                var use = $"{map.CanonicalEntity}.{field.CanonicalField} ({Direction(field.Direction)})";
                var wanted = VendorTypes.Suggested(mapping.System, canonical.Type, field);
                var key = field.CanonicalField == CanonicalGoalField.GoalId;
                if (remote is null || !remote.Fields.TryGetValue(field.ExternalField, out var existing))
                {
                    gaps.Add(new CrmGap(mapping.System, CrmGapKind.CreateField, map.ExternalObject, field.ExternalField, wanted, null, use) { Unique = key });
                    continue;
                }

                if (!CanonicalFieldCatalog.IsCompatible(canonical.Type, VendorTypes.KindOf(mapping.System, existing.VendorType)))
                {
                    gaps.Add(new CrmGap(mapping.System, CrmGapKind.ChangeType, map.ExternalObject, field.ExternalField, wanted, existing.VendorType, use));
                }
                else if (key && !existing.Unique)
                {
                    gaps.Add(new CrmGap(mapping.System, CrmGapKind.MakeUnique, map.ExternalObject, field.ExternalField, existing.VendorType, null, use));
                }
            }
        }

        return gaps;
    }

    private static string Direction(MappingDirection direction) => direction switch
    {
        MappingDirection.Inbound => "read",
        MappingDirection.Outbound => "written",
        _ => "read, written",
    };
}

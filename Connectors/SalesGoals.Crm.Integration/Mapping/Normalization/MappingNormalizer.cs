using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Mapping.Normalization;

/// <summary>Puts a mapping in one stable order, whatever order ops entered it or Dataverse returned its rows:
/// objects by canonical entity then external object; fields in catalog order; value maps by name, entries by
/// external value; users by external id. Export and row conversion both use it, so diffs stay small.</summary>
public static class MappingNormalizer
{
    public static CrmMapping Normalize(CrmMapping mapping) => mapping with
    {
        Objects = mapping.Objects
            .OrderBy(o => EntityRank(o.CanonicalEntity))
            .ThenBy(o => o.CanonicalEntity, StringComparer.Ordinal)
            .ThenBy(o => o.ExternalObject, StringComparer.Ordinal)
            .Select(o => o with { Fields = OrderFields(o).ToList() })
            .ToList(),
        ValueMaps = mapping.ValueMaps
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new ValueMap(m.Name, SortedEntries(m.Entries)))
            .ToList(),
        Users = mapping.Users
            .OrderBy(u => u.ExternalUserId, StringComparer.Ordinal)
            .ThenBy(u => u.SystemUserId)
            .ToList(),
    };

    private static IEnumerable<FieldMap> OrderFields(ObjectMap objectMap)
    {
        var catalogOrder = CanonicalFieldCatalog.Entity(objectMap.CanonicalEntity)?.Fields.Select(f => f.Name).ToList() ?? [];
        return objectMap.Fields
            .OrderBy(f => Rank(catalogOrder, f.CanonicalField))
            .ThenBy(f => f.CanonicalField, StringComparer.Ordinal)
            .ThenBy(f => f.ExternalField, StringComparer.Ordinal)
            .ThenBy(f => f.Direction);
    }

    private static Dictionary<string, string> SortedEntries(IReadOnlyDictionary<string, string> entries)
    {
        var sorted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            sorted.Add(entry.Key, entry.Value);
        }

        return sorted;
    }

    private static int EntityRank(string entity) => Rank(CanonicalFieldCatalog.Entities.Select(e => e.Name).ToList(), entity);

    private static int Rank(List<string> order, string name)
    {
        var index = order.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }
}

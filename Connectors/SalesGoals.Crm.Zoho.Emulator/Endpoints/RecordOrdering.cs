using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Zoho.Emulator.Endpoints;

/// <summary>The sort orders GET records supports: id, Created_Time, Modified_Time (ties broken by id).</summary>
public static class RecordOrdering
{
    public static readonly string[] SortFields = ["id", "Created_Time", "Modified_Time"];

    public static DateTimeOffset KeyOf(ZohoRecordEntry entry, string sortBy) => sortBy switch
    {
        "Created_Time" => entry.Created,
        "Modified_Time" => entry.Modified,
        _ => DateTimeOffset.MinValue,
    };

    public static int CompareIds(string a, string b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);

    public static List<ZohoRecordEntry> Sort(IEnumerable<ZohoRecordEntry> entries, string sortBy, bool descending)
    {
        var list = entries.ToList();
        list.Sort((x, y) =>
        {
            var byKey = KeyOf(x, sortBy).CompareTo(KeyOf(y, sortBy));
            var result = byKey != 0 ? byKey : CompareIds(x.Id, y.Id);
            return descending ? -result : result;
        });
        return list;
    }

    /// <summary>Index of the first record after (key, id) in the given order.</summary>
    public static int IndexAfter(List<ZohoRecordEntry> sorted, string sortBy, bool descending, DateTimeOffset key, string id)
    {
        for (var i = 0; i < sorted.Count; i++)
        {
            var byKey = KeyOf(sorted[i], sortBy).CompareTo(key);
            var compared = byKey != 0 ? byKey : CompareIds(sorted[i].Id, id);
            if (descending ? compared < 0 : compared > 0)
            {
                return i;
            }
        }

        return sorted.Count;
    }
}

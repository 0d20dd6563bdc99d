using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Metadata;

namespace SalesGoals.Crm.LocalDataverse.Storage;

/// <summary>Finds rows by id or alternate key, and enforces alternate-key uniqueness.</summary>
internal sealed class RecordKeys(MetadataCatalog metadata, DataStore store)
{
    /// <summary>The row's id from an id or key attributes; Guid.Empty when keys match no row.</summary>
    public Guid Resolve(string table, Guid id, KeyAttributeCollection? keys)
    {
        if (id != Guid.Empty || keys is null || keys.Count == 0)
        {
            return id;
        }

        var meta = metadata.Get(table);
        if (keys.Count == 1 && keys.First().Key == meta.PrimaryIdAttribute && keys.First().Value is Guid primary)
        {
            return primary;
        }

        var names = keys.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        var key = meta.Keys.FirstOrDefault(k => k.Columns.Count == names.Count && k.Columns.All(names.Contains))
            ?? throw DataverseFault.InvalidArgument(
                $"The key attributes ({string.Join(", ", names)}) do not match any alternate key of entity '{table}'.");
        foreach (var column in key.Columns)
        {
            ValueValidator.Validate(meta, MetadataCatalog.GetColumn(meta, column), keys[column]);
        }

        return FindByValues(table, key.Columns, c => keys[c]).FirstOrDefault();
    }

    /// <summary>Fails with DuplicateRecordEntityKey when another row has the same values for any alternate key.</summary>
    public void EnsureUnique(TableMetadata table, Guid id, Entity row)
    {
        foreach (var key in table.Keys)
        {
            if (key.Columns.Any(c => !row.Attributes.TryGetValue(c, out var v) || v is null))
            {
                continue;
            }

            if (FindByValues(table.LogicalName, key.Columns, c => row[c]).Any(other => other != id))
            {
                var values = string.Join(",", key.Columns.Select(c => Format(row[c])));
                throw DataverseFault.DuplicateAlternateKey(values, key.LogicalName);
            }
        }
    }

    private IEnumerable<Guid> FindByValues(string table, IReadOnlyList<string> columns, Func<string, object?> valueOf)
    {
        var rows = store.Table(table);

        // Start from the most selective column (as a composite unique index would): a ledger key's
        // first column, the goal, matches every row of that goal, its source id matches one.
        var candidates = columns.Select(c => rows.Lookup(c, valueOf(c))).OrderBy(ids => ids.Count).First();
        foreach (var id in candidates.ToList())
        {
            var row = rows.Get(id);
            if (row is not null && columns.All(c => Equals(IndexKey.Of(row.Attributes.TryGetValue(c, out var v) ? v : null), IndexKey.Of(valueOf(c)))))
            {
                yield return id;
            }
        }
    }

    private static string Format(object? value) => value switch
    {
        EntityReference reference => reference.Id.ToString(),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? string.Empty,
    };
}

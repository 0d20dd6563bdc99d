using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Storage;

/// <summary>
/// The rows of one table by id, the ids in primary-key order (so a page can continue after the
/// last id it returned without sorting the table), plus equality indexes on columns, built the
/// first time a query filters on the column and kept up to date by every write afterwards.
/// </summary>
internal sealed class TableStore
{
    private static readonly Guid Highest = new("ffffffff-ffff-ffff-ffff-ffffffffffff");
    private readonly Dictionary<Guid, Entity> _rows = [];
    private readonly SortedSet<Guid> _order = [];
    private readonly Dictionary<string, Dictionary<object, HashSet<Guid>>> _indexes = new(StringComparer.Ordinal);

    public TableStore(string logicalName) => LogicalName = logicalName;

    public string LogicalName { get; }

    public int Count => _rows.Count;

    public IEnumerable<Entity> Rows => _rows.Values;

    public Entity? Get(Guid id) => _rows.TryGetValue(id, out var row) ? row : null;

    /// <summary>Puts the row (the store keeps this object: pass a copy) or removes it when null.</summary>
    public void Put(Guid id, Entity? row)
    {
        if (_rows.TryGetValue(id, out var old))
        {
            Unindex(id, old);
        }

        if (row is null)
        {
            _rows.Remove(id);
            _order.Remove(id);
            return;
        }

        if (old is null)
        {
            _order.Add(id);
        }

        _rows[id] = row;
        Index(id, row);
    }

    /// <summary>The ids in primary-key order (Guid order, as queries sort them), after <paramref name="after"/> when given.</summary>
    public IEnumerable<Guid> IdsInOrder(Guid? after)
    {
        if (after is not { } last)
        {
            return _order;
        }

        return last == Highest ? [] : Skip(_order.GetViewBetween(last, Highest), last);
    }

    /// <summary>The ids of the rows whose column equals the value, building the index on first use.</summary>
    public IReadOnlyCollection<Guid> Lookup(string column, object? value)
    {
        var key = IndexKey.Of(value);
        if (key is null)
        {
            return [];
        }

        if (!_indexes.TryGetValue(column, out var index))
        {
            index = BuildIndex(column);
        }

        return index.TryGetValue(key, out var ids) ? ids : [];
    }

    private Dictionary<object, HashSet<Guid>> BuildIndex(string column)
    {
        var index = new Dictionary<object, HashSet<Guid>>();
        _indexes[column] = index;
        foreach (var pair in _rows)
        {
            Add(index, pair.Key, pair.Value, column);
        }

        return index;
    }

    private void Index(Guid id, Entity row)
    {
        foreach (var pair in _indexes)
        {
            Add(pair.Value, id, row, pair.Key);
        }
    }

    private void Unindex(Guid id, Entity row)
    {
        foreach (var pair in _indexes)
        {
            if (row.Attributes.TryGetValue(pair.Key, out var value) && IndexKey.Of(value) is { } key
                && pair.Value.TryGetValue(key, out var ids))
            {
                ids.Remove(id);
                if (ids.Count == 0)
                {
                    pair.Value.Remove(key);
                }
            }
        }
    }

    private static IEnumerable<Guid> Skip(SortedSet<Guid> view, Guid last)
    {
        foreach (var id in view)
        {
            if (id != last)
            {
                yield return id;
            }
        }
    }

    private static void Add(Dictionary<object, HashSet<Guid>> index, Guid id, Entity row, string column)
    {
        if (!row.Attributes.TryGetValue(column, out var value) || IndexKey.Of(value) is not { } key)
        {
            return;
        }

        if (!index.TryGetValue(key, out var ids))
        {
            ids = [];
            index[key] = ids;
        }

        ids.Add(id);
    }
}

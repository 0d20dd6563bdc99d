using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Storage;

/// <summary>All tables' rows, the row-version counter and the running transaction.</summary>
internal sealed class DataStore
{
    private readonly Dictionary<string, TableStore> _tables = new(StringComparer.Ordinal);
    private long _lastVersion = 1000;

    public Transaction? Current { get; set; }

    public TableStore Table(string logicalName)
    {
        if (!_tables.TryGetValue(logicalName, out var table))
        {
            table = new TableStore(logicalName);
            _tables[logicalName] = table;
        }

        return table;
    }

    public long NextVersion() => ++_lastVersion;

    /// <summary>Writes a row (or removes it when null) and records the undo step in the running transaction.</summary>
    public void Write(string logicalName, Guid id, Entity? row)
    {
        var table = Table(logicalName);
        Current?.Record(table, id, table.Get(id));
        table.Put(id, row);
    }
}

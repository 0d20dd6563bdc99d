using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Metadata;

/// <summary>
/// The tables of an environment: the built-in standard tables, extended and completed by the
/// solution's own tables, each with the system columns Dataverse adds.
/// </summary>
public sealed class MetadataCatalog
{
    private readonly Dictionary<string, TableMetadata> _tables = new(StringComparer.Ordinal);

    public MetadataCatalog(IEnumerable<TableDefinition> standardTables, IEnumerable<TableDefinition> solutionTables)
    {
        ArgumentNullException.ThrowIfNull(standardTables);
        ArgumentNullException.ThrowIfNull(solutionTables);
        var merged = new Dictionary<string, TableDefinition>(StringComparer.Ordinal);
        foreach (var table in standardTables)
        {
            merged[table.LogicalName] = table;
        }

        foreach (var table in solutionTables)
        {
            merged[table.LogicalName] = merged.TryGetValue(table.LogicalName, out var existing)
                ? Extend(existing, table)
                : table;
        }

        foreach (var table in merged.Values)
        {
            var declared = table.Columns;
            var all = declared.Concat(SystemColumns.For(table, [.. declared])).ToList();
            _tables[table.LogicalName] = new TableMetadata(table, all);
        }
    }

    public IReadOnlyCollection<TableMetadata> Tables => _tables.Values;

    public bool Contains(string logicalName) => _tables.ContainsKey(logicalName);

    public TableMetadata? Find(string logicalName) =>
        _tables.TryGetValue(logicalName, out var table) ? table : null;

    /// <summary>The table, or the fault Dataverse raises for an unknown table.</summary>
    public TableMetadata Get(string? logicalName) =>
        logicalName is not null && _tables.TryGetValue(logicalName, out var table)
            ? table
            : throw DataverseFault.UnknownTable(logicalName ?? string.Empty);

    /// <summary>The column, or the fault Dataverse raises for an unknown column.</summary>
    public static ColumnDefinition GetColumn(TableMetadata table, string column) =>
        table.Find(column) ?? throw DataverseFault.UnknownColumn(table.LogicalName, column);

    private static TableDefinition Extend(TableDefinition standard, TableDefinition extension)
    {
        var columns = standard.Columns.ToDictionary(c => c.LogicalName, StringComparer.Ordinal);
        foreach (var column in extension.Columns)
        {
            columns[column.LogicalName] = column;
        }

        var keys = standard.Keys.Concat(extension.Keys).GroupBy(k => k.LogicalName).Select(g => g.Last()).ToList();
        return standard with { Columns = [.. columns.Values], Keys = keys };
    }
}

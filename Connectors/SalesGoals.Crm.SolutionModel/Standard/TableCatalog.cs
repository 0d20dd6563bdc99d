using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Standard;

/// <summary>
/// The tables an environment with the solution installed has: <see cref="StandardTables.All"/>
/// with the solution's added columns merged in, plus the solution's own tables.
/// </summary>
public sealed class TableCatalog
{
    private readonly Dictionary<string, TableDefinition> _tables;

    private TableCatalog(Dictionary<string, TableDefinition> tables) => _tables = tables;

    public IReadOnlyCollection<TableDefinition> Tables => _tables.Values;

    /// <summary>Merges a solution into the standard tables. Throws
    /// <see cref="SolutionFormatException"/> when a solution column collides with a standard one.</summary>
    public static TableCatalog Build(SolutionDefinition solution) => Build(StandardTables.All, solution.Tables);

    public static TableCatalog Build(IEnumerable<TableDefinition> standard, IEnumerable<TableDefinition> solutionTables)
    {
        var tables = standard.ToDictionary(t => t.LogicalName, StringComparer.OrdinalIgnoreCase);
        foreach (var table in solutionTables)
        {
            if (!table.IsExtensionOfStandardTable)
            {
                tables[table.LogicalName] = table;
                continue;
            }

            if (!tables.TryGetValue(table.LogicalName, out var existing))
            {
                throw new SolutionFormatException($"Entities/{table.SchemaName}/Entity.xml", $"extends {table.LogicalName}, which is not a standard table");
            }

            var clash = table.Columns.FirstOrDefault(c => existing.FindColumn(c.LogicalName) is not null);
            if (clash is not null)
            {
                throw new SolutionFormatException($"Entities/{table.SchemaName}/Entity.xml", $"column {clash.LogicalName} already exists on {table.LogicalName}");
            }

            tables[table.LogicalName] = existing with
            {
                Columns = [.. existing.Columns, .. table.Columns],
                Keys = [.. existing.Keys, .. table.Keys],
            };
        }

        return new TableCatalog(tables);
    }

    /// <summary>The table with this logical name, or null.</summary>
    public TableDefinition? Find(string logicalName) => _tables.TryGetValue(logicalName, out var table) ? table : null;
}

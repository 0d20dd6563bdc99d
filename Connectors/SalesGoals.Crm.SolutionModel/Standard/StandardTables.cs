using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Standard;

/// <summary>
/// Built-in descriptions of the standard Dataverse tables the product touches, with their real
/// logical names, types, option values and state/status codes. Only the columns the product and
/// its tests use are described (see README for the list); a real environment has many more.
/// </summary>
public static class StandardTables
{
    private static readonly Lazy<IReadOnlyList<TableDefinition>> Tables = new(() =>
        [.. OrganizationTables.All(), .. SalesTables.All(), .. CollaborationTables.All(), .. ConfigurationTables.All()]);

    private static readonly Lazy<IReadOnlyDictionary<string, TableDefinition>> ByName = new(() =>
        Tables.Value.ToDictionary(t => t.LogicalName, StringComparer.OrdinalIgnoreCase));

    /// <summary>Every described standard table.</summary>
    public static IReadOnlyList<TableDefinition> All => Tables.Value;

    /// <summary>The standard table with this logical name, or null.</summary>
    public static TableDefinition? Find(string logicalName) =>
        ByName.Value.TryGetValue(logicalName, out var table) ? table : null;
}

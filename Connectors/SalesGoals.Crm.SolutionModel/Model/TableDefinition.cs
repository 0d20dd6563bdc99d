using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model.App;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>
/// A table. For a standard table the solution only extends (custom columns on opportunity, say),
/// <see cref="IsExtensionOfStandardTable"/> is true and <see cref="Columns"/> holds only the added
/// columns; <see cref="TableCatalog"/> merges them into <see cref="StandardTables.All"/>.
/// </summary>
public sealed record TableDefinition(
    string LogicalName,
    string SchemaName,
    string EntitySetName,
    string PrimaryIdAttribute,
    string? PrimaryNameAttribute,
    OwnershipType Ownership,
    IReadOnlyList<ColumnDefinition> Columns,
    IReadOnlyList<AlternateKeyDefinition> Keys,
    IReadOnlyDictionary<int, string> DisplayNames,
    bool IsCustom,
    bool IsExtensionOfStandardTable)
{
    /// <summary>True for activity tables (appointment, opportunityclose...).</summary>
    public bool IsActivity { get; init; }

    /// <summary>True for intersect tables of many-to-many relationships (teammembership...).</summary>
    public bool IsIntersect { get; init; }

    /// <summary>The system views of the table the solution holds (empty for extended standard tables).</summary>
    public IReadOnlyList<ViewDefinition> Views { get; init; } = [];

    /// <summary>The system forms of the table the solution holds.</summary>
    public IReadOnlyList<FormDefinition> Forms { get; init; } = [];

    /// <summary>The system charts (savedqueryvisualization) of the table the solution holds.</summary>
    public IReadOnlyList<ChartDefinition> Charts { get; init; } = [];

    /// <summary>The column with this logical name, or null.</summary>
    public ColumnDefinition? FindColumn(string logicalName)
    {
        foreach (var column in Columns)
        {
            if (string.Equals(column.LogicalName, logicalName, System.StringComparison.OrdinalIgnoreCase))
            {
                return column;
            }
        }

        return null;
    }
}

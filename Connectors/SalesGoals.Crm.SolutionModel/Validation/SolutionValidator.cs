using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.SolutionModel;

/// <summary>
/// Cross-checks a loaded solution against itself and the standard tables: steps name known
/// messages, existing tables, columns and plug-in types; alternate keys and lookups point at what
/// exists; role privileges name existing tables. Returns every problem at once.
/// </summary>
public static class SolutionValidator
{
    public static IReadOnlyList<SolutionProblem> Validate(SolutionDefinition solution)
    {
        var problems = new List<SolutionProblem>();
        TableCatalog catalog;
        try
        {
            catalog = TableCatalog.Build(solution);
        }
        catch (SolutionFormatException ex)
        {
            problems.Add(new SolutionProblem(ex.FilePath, ex.Problem));
            catalog = TableCatalog.Build(StandardTables.All, solution.Tables.Where(t => !t.IsExtensionOfStandardTable));
        }

        foreach (var table in solution.Tables)
        {
            CheckTable(table, catalog, problems);
        }

        var pluginTypes = solution.PluginAssemblies.SelectMany(a => a.Types).ToArray();
        foreach (var step in solution.Steps)
        {
            StepChecks.Check(step, solution.Publisher, catalog, pluginTypes, problems);
        }

        foreach (var role in solution.Roles)
        {
            CheckRole(role, catalog, problems);
        }

        return problems;
    }

    private static void CheckTable(TableDefinition table, TableCatalog catalog, List<SolutionProblem> problems)
    {
        var component = $"table {table.LogicalName}";
        var merged = catalog.Find(table.LogicalName) ?? table;
        foreach (var key in table.Keys)
        {
            foreach (var column in key.Columns.Where(c => merged.FindColumn(c) is null))
            {
                problems.Add(new SolutionProblem(component, $"alternate key {key.LogicalName} names column {column}, which does not exist"));
            }
        }

        foreach (var column in table.Columns.Where(c => c.Type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner))
        {
            if (column.Targets.Count == 0)
            {
                problems.Add(new SolutionProblem(component, $"lookup {column.LogicalName} has no target table (no relationship declares one)"));
            }

            foreach (var target in column.Targets.Where(t => catalog.Find(t) is null))
            {
                problems.Add(new SolutionProblem(component, $"lookup {column.LogicalName} targets table {target}, which does not exist"));
            }
        }
    }

    private static readonly string[] PrivilegeVerbs = ["Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share"];

    // Only privileges on the solution's own tables are checked: platform privileges
    // (prvReadAccount, prvReadSavedQuery...) use schema names we do not all describe.
    private static void CheckRole(SecurityRoleDefinition role, TableCatalog catalog, List<SolutionProblem> problems)
    {
        foreach (var privilege in role.Privileges)
        {
            var verb = PrivilegeVerbs.OrderByDescending(v => v.Length)
                .FirstOrDefault(v => privilege.Name.StartsWith("prv" + v, StringComparison.Ordinal));
            if (verb is null)
            {
                continue;
            }

            var table = privilege.Name[(3 + verb.Length)..];
            if (table.Contains('_', StringComparison.Ordinal) && catalog.Find(table) is null)
            {
                problems.Add(new SolutionProblem($"role {role.Name}", $"privilege {privilege.Name} names table {table}, which does not exist"));
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Standard;

namespace SalesGoals.Crm.SolutionModel.Validation;

/// <summary>Checks of one table: keys, lookups, the publisher's name and option value prefixes.</summary>
internal static class TableChecks
{
    public static void Check(TableDefinition table, PublisherDefinition publisher, TableCatalog catalog, List<SolutionProblem> problems)
    {
        var component = $"table {table.LogicalName}";
        void Report(string message) => problems.Add(new SolutionProblem(component, message));

        var prefix = publisher.CustomizationPrefix + "_";
        if (table.IsCustom && !table.LogicalName.StartsWith(prefix, StringComparison.Ordinal))
        {
            Report($"a custom table's name must start with the publisher prefix {prefix}");
        }

        var merged = catalog.Find(table.LogicalName) ?? table;
        foreach (var key in table.Keys)
        {
            foreach (var column in key.Columns.Where(c => merged.FindColumn(c) is null))
            {
                Report($"alternate key {key.LogicalName} names column {column}, which does not exist");
            }
        }

        foreach (var view in table.Views)
        {
            var name = view.Names.TryGetValue(1033, out var english) ? english : view.Id.ToString();
            foreach (var column in view.Columns.Where(c => merged.FindColumn(c) is null && !IsPlatformColumn(c)))
            {
                Report($"view '{name}' uses column {column}, which does not exist");
            }
        }

        foreach (var form in table.Forms)
        {
            foreach (var column in form.DataFields.Where(c => merged.FindColumn(c) is null && !IsPlatformColumn(c)))
            {
                Report($"{form.FormType} form {form.Id} binds column {column}, which does not exist");
            }
        }

        foreach (var column in table.Columns)
        {
            if (column.IsCustom && !column.LogicalName.StartsWith(prefix, StringComparison.Ordinal))
            {
                Report($"custom column {column.LogicalName} does not start with the publisher prefix {prefix}");
            }

            CheckLookup(column, catalog, Report);
            if (column.OptionSet is { IsGlobal: true } global && global.Name.Equals(column.LogicalName, StringComparison.OrdinalIgnoreCase))
            {
                Report($"column {column.LogicalName} uses the global option set of the same name, which the import rejects as a duplicate schema name; rename the option set");
            }

            if (column.IsCustom && column.OptionSet is { IsGlobal: false } local
                && column.Type is ColumnType.Picklist or ColumnType.MultiSelectPicklist)
            {
                CheckOptionValues($"{component} column {column.LogicalName}", local, publisher, problems);
            }
        }
    }

    // Columns every table has whether or not an Entity.xml lists them.
    private static bool IsPlatformColumn(string column) =>
        column is "createdon" or "createdby" or "modifiedon" or "modifiedby" or "statecode" or "statuscode" or "ownerid";

    /// <summary>Options a publisher adds carry its option value prefix: prefix × 10000 + n.</summary>
    public static void CheckOptionValues(string component, OptionSetDefinition optionSet, PublisherDefinition publisher, List<SolutionProblem> problems)
    {
        var low = publisher.OptionValuePrefix * 10000L;
        foreach (var option in optionSet.Options.Where(o => o.Value < low || o.Value > low + 9999))
        {
            problems.Add(new SolutionProblem(component, $"option value {option.Value} is outside the publisher's range {low}-{low + 9999}"));
        }
    }

    private static void CheckLookup(ColumnDefinition column, TableCatalog catalog, Action<string> report)
    {
        if (column.Type is not (ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner))
        {
            return;
        }

        if (column.Targets.Count == 0)
        {
            report($"lookup {column.LogicalName} has no target table (no relationship declares one)");
        }

        foreach (var target in column.Targets.Where(t => catalog.Find(t) is null))
        {
            report($"lookup {column.LogicalName} targets table {target}, which does not exist");
        }
    }
}

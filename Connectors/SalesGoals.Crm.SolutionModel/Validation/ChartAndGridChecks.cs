using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Model.App;
using SalesGoals.Crm.SolutionModel.Standard;

namespace SalesGoals.Crm.SolutionModel.Validation;

/// <summary>Charts aggregate and group by columns that exist and suit the aggregate; subgrids and
/// charts on forms and dashboards name an existing table, one of its views and charts, and (on a
/// form) a relationship from the form's table to it; code components on forms exist in the
/// solution and are bound to columns of the form's table.</summary>
internal static class ChartAndGridChecks
{
    private static readonly string[] Aggregates = ["count", "countcolumn", "sum", "avg", "min", "max"];
    private static readonly string[] DateGroupings = ["day", "week", "month", "quarter", "year", "fiscal-period", "fiscal-year"];
    private static readonly ColumnType[] Numeric = [ColumnType.Integer, ColumnType.BigInt, ColumnType.Decimal, ColumnType.Double, ColumnType.Money];

    public static void Check(SolutionDefinition solution, TableCatalog catalog, List<SolutionProblem> problems)
    {
        foreach (var table in solution.Tables)
        {
            foreach (var chart in table.Charts)
            {
                CheckChart(solution, table, chart, problems);
            }

            foreach (var form in table.Forms)
            {
                var where = $"table {table.LogicalName} form {form.Id}";
                foreach (var grid in form.Grids)
                {
                    CheckGrid(solution, catalog, table.LogicalName, grid, where, problems);
                }

                foreach (var control in form.CustomControls)
                {
                    CheckCustomControl(solution, table, control, where, problems);
                }
            }
        }

        foreach (var dashboard in solution.Dashboards)
        {
            foreach (var grid in dashboard.Grids)
            {
                CheckGrid(solution, catalog, null, grid, $"dashboard {dashboard.Id} ({dashboard.SourceFile})", problems);
            }
        }
    }

    private static void CheckChart(SolutionDefinition solution, TableDefinition table, ChartDefinition chart, List<SolutionProblem> problems)
    {
        void Report(string message) => problems.Add(new SolutionProblem($"chart {chart.Id} ({chart.SourceFile})", message));
        foreach (var language in solution.Languages.Where(l => !chart.Names.ContainsKey(l)))
        {
            Report($"the chart has no name in language {language}");
        }

        foreach (var attribute in chart.Attributes)
        {
            var column = table.FindColumn(attribute.Column);
            if (column is null)
            {
                Report($"attribute {attribute.Column} does not exist on {table.LogicalName}");
                continue;
            }

            if (attribute.Aggregate is { } aggregate && !Aggregates.Contains(aggregate))
            {
                Report($"aggregate {aggregate} of {attribute.Column} is not one of {string.Join(", ", Aggregates)}");
            }
            else if (attribute.Aggregate is "sum" or "avg" && !Numeric.Contains(column.Type))
            {
                Report($"{attribute.Aggregate} of {attribute.Column} needs a number column, but it is {column.Type}");
            }

            if (attribute.DateGrouping is { } grouping && (!DateGroupings.Contains(grouping) || column.Type != ColumnType.DateTime))
            {
                Report($"dategrouping {grouping} of {attribute.Column} needs a date column and one of {string.Join(", ", DateGroupings)}");
            }

            if (attribute.Aggregate is null == !attribute.GroupBy)
            {
                Report($"attribute {attribute.Column} must be either aggregated or grouped by");
            }
        }

        foreach (var missing in chart.FilterColumns.Where(c => table.FindColumn(c) is null))
        {
            Report($"filter column {missing} does not exist on {table.LogicalName}");
        }

        foreach (var alias in chart.CategoryAliases.Where(a => !chart.Attributes.Any(x => x.GroupBy && x.Alias == a)))
        {
            Report($"category {alias} names no grouped-by attribute of the fetch");
        }

        foreach (var alias in chart.MeasureAliases.Where(a => !chart.Attributes.Any(x => x.Aggregate is not null && x.Alias == a)))
        {
            Report($"measure {alias} names no aggregated attribute of the fetch");
        }

        if (chart.CategoryAliases.Count == 0 || chart.MeasureAliases.Count == 0)
        {
            Report("a chart needs a category and at least one measure");
        }
    }

    private static void CheckGrid(SolutionDefinition solution, TableCatalog catalog, string? formTable, GridDefinition grid, string where,
        List<SolutionProblem> problems)
    {
        void Report(string message) => problems.Add(new SolutionProblem(where, $"grid {grid.ControlId}: {message}"));
        var target = solution.Tables.FirstOrDefault(t => t.LogicalName == grid.TargetTable);
        if (target is null)
        {
            Report(catalog.Find(grid.TargetTable) is null ? $"table {grid.TargetTable} does not exist" : $"table {grid.TargetTable} has no views in this solution");
            return;
        }

        if (grid.ViewId is not { } view || target.Views.All(v => v.Id != view))
        {
            Report($"view {grid.ViewId?.ToString() ?? "(none)"} is not a view of {grid.TargetTable}");
        }

        if (grid.ChartId is { } chart && target.Charts.All(c => c.Id != chart))
        {
            Report($"chart {chart} is not a chart of {grid.TargetTable}");
        }

        if (formTable is not null && grid.RelationshipName is { } name)
        {
            var relationship = solution.Relationships.FirstOrDefault(r => r.Name == name);
            if (relationship is null || relationship.ReferencedTable != formTable || relationship.ReferencingTable != grid.TargetTable)
            {
                Report($"relationship {name} is not a one-to-many relationship from {formTable} to {grid.TargetTable}");
            }
        }
    }

    private static void CheckCustomControl(SolutionDefinition solution, TableDefinition table, FormCustomControlDefinition control, string where,
        List<SolutionProblem> problems)
    {
        void Report(string message) => problems.Add(new SolutionProblem(where, $"code component {control.ControlName}: {message}"));
        var known = solution.CustomControls.Any(c => c.Name == control.ControlName)
            || control.ControlName.StartsWith("MscrmControls.", StringComparison.Ordinal);
        if (!known)
        {
            Report("the solution has no Controls/*/ControlManifest.xml.data.xml of that name (and it is not a platform MscrmControls control)");
        }

        if (control.BoundColumn is not null && table.FindColumn(control.BoundColumn) is null)
        {
            Report($"it sits on column {control.BoundColumn}, which does not exist on {table.LogicalName}");
        }

        foreach (var (property, column) in control.ColumnParameters.Where(p => table.FindColumn(p.Value) is null))
        {
            Report($"property {property} is bound to {column}, which is not a column of {table.LogicalName}");
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Model.App;
using SalesGoals.Crm.SolutionModel.Standard;

namespace SalesGoals.Crm.SolutionModel.Validation;

/// <summary>An app's components and roles exist; its site map's sub-areas open tables, views and
/// dashboards the app includes (the app designer refuses anything else); every app, area, group and
/// sub-area is named in every language the solution declares.</summary>
internal static class AppChecks
{
    public static void Check(SolutionDefinition solution, TableCatalog catalog, List<SolutionProblem> problems)
    {
        var views = solution.Tables.SelectMany(t => t.Views.Select(v => (v.Id, Table: t.LogicalName))).ToDictionary(v => v.Id, v => v.Table);
        var charts = solution.Tables.SelectMany(t => t.Charts).Select(c => c.Id).ToHashSet();
        var forms = solution.Tables.SelectMany(t => t.Forms).Select(f => f.Id).Concat(solution.Dashboards.Select(d => d.Id)).ToHashSet();
        var roles = solution.Roles.Select(r => r.Id).ToHashSet();
        foreach (var app in solution.AppModules)
        {
            void Report(string message) => problems.Add(new SolutionProblem($"app {app.UniqueName} ({app.SourceFile})", message));
            Languages(solution, app.Names, "the app", Report);
            foreach (var component in app.Components)
            {
                var known = component.Type switch
                {
                    AppModuleComponentDefinition.Table => component.SchemaName is { } table && catalog.Find(table.ToLowerInvariant()) is not null,
                    AppModuleComponentDefinition.View => component.Id is { } id && views.ContainsKey(id),
                    AppModuleComponentDefinition.Chart => component.Id is { } id && charts.Contains(id),
                    AppModuleComponentDefinition.Form => component.Id is { } id && forms.Contains(id),
                    AppModuleComponentDefinition.SiteMap => solution.SiteMaps.Any(m => string.Equals(m.UniqueName, component.SchemaName, StringComparison.OrdinalIgnoreCase)),
                    _ => false,
                };
                if (!known)
                {
                    Report($"component type {component.Type} {component.SchemaName ?? component.Id?.ToString()} is not in the solution"
                        + (component.Type is 1 or 26 or 59 or 60 or 62 ? string.Empty : " (a type this model does not read)"));
                }
            }

            foreach (var role in app.RoleIds.Where(r => !roles.Contains(r)))
            {
                Report($"role {role} that may open the app is not a role of the solution");
            }

            var siteMap = solution.SiteMaps.FirstOrDefault(m => app.Components.Any(c => c.Type == AppModuleComponentDefinition.SiteMap
                && string.Equals(m.UniqueName, c.SchemaName, StringComparison.OrdinalIgnoreCase)));
            if (siteMap is null)
            {
                Report("the app includes no site map of the solution, so it has no navigation");
                continue;
            }

            CheckSiteMap(solution, app, siteMap, views, Report);
        }
    }

    private static void CheckSiteMap(SolutionDefinition solution, AppModuleDefinition app, SiteMapDefinition siteMap,
        Dictionary<Guid, string> views, Action<string> report)
    {
        bool Includes(int type, Func<AppModuleComponentDefinition, bool> match) => app.Components.Any(c => c.Type == type && match(c));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in siteMap.Areas.SelectMany(a => a.Children.Prepend(a)).SelectMany(n => n.Kind == "Group" ? n.Children.Prepend(n) : [n]))
        {
            var where = $"site map {siteMap.UniqueName} {node.Kind} {node.Id}";
            if (!ids.Add(node.Id))
            {
                report($"{where}: the id is used twice");
            }

            Languages(solution, node.Titles, where, report);
            if (node.Kind != "SubArea")
            {
                continue;
            }

            if (node.Table is null && node.DashboardId is null)
            {
                report($"{where} opens neither a table nor a dashboard");
            }

            if (node.Table is { } table && !Includes(AppModuleComponentDefinition.Table, c => string.Equals(c.SchemaName, table, StringComparison.OrdinalIgnoreCase)))
            {
                report($"{where} opens table {table}, which the app does not include");
            }

            if (node.ViewId is { } view)
            {
                if (!views.TryGetValue(view, out var viewTable) || viewTable != node.Table)
                {
                    report($"{where} opens view {view}, which is not a view of {node.Table}");
                }
                else if (!Includes(AppModuleComponentDefinition.View, c => c.Id == view))
                {
                    report($"{where} opens view {view}, which the app does not include");
                }
            }

            if (node.DashboardId is { } dashboard && (solution.Dashboards.All(d => d.Id != dashboard)
                || !Includes(AppModuleComponentDefinition.Form, c => c.Id == dashboard)))
            {
                report($"{where} opens dashboard {dashboard}, which is not a dashboard of the solution the app includes");
            }
        }
    }

    private static void Languages(SolutionDefinition solution, IReadOnlyDictionary<int, string> names, string what, Action<string> report)
    {
        foreach (var language in solution.Languages.Where(l => !names.TryGetValue(l, out var name) || string.IsNullOrWhiteSpace(name)))
        {
            report($"{what} has no name in language {language}");
        }
    }
}

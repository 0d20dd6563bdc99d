using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;

namespace SalesGoals.Crm.SolutionModel.Validation;

/// <summary>Other/Solution.xml must list every component the folder holds as a root component,
/// and list nothing the folder lacks.</summary>
internal static class ManifestChecks
{
    private const string Manifest = "Other/Solution.xml";

    public static void Check(SolutionDefinition solution, List<SolutionProblem> problems)
    {
        void Report(string message) => problems.Add(new SolutionProblem(Manifest, message));
        var roots = solution.RootComponents;

        var tables = Names(roots, RootComponentDefinition.Table);
        foreach (var table in solution.Tables.Where(t => !tables.Contains(t.LogicalName)))
        {
            Report($"table {table.LogicalName} is not a root component (type 1)");
        }

        foreach (var missing in tables.Where(n => solution.Tables.All(t => t.LogicalName != n)))
        {
            Report($"root component table {missing} has no Entities/*/Entity.xml");
        }

        var optionSets = Names(roots, RootComponentDefinition.OptionSet);
        foreach (var optionSet in solution.GlobalOptionSets.Where(o => !optionSets.Contains(o.Name.ToLowerInvariant())))
        {
            Report($"global option set {optionSet.Name} is not a root component (type 9)");
        }

        CheckIds(roots, RootComponentDefinition.SecurityRole, solution.Roles.Select(r => (r.Id, $"security role {r.Name}")), Report);
        CheckIds(roots, RootComponentDefinition.PluginAssembly, solution.PluginAssemblies.Select(a => (a.Id, $"plug-in assembly {a.Name}")), Report);
        CheckIds(roots, RootComponentDefinition.PluginStep, solution.Steps.Select(s => (s.Id, $"step {s.Name}")), Report);
        CheckIds(roots, RootComponentDefinition.SystemForm, solution.Dashboards.Select(d => (d.Id, $"dashboard {d.SourceFile}")), Report);
        CheckIds(roots, RootComponentDefinition.ServiceEndpoint, solution.ServiceEndpoints.Select(e => (e.Id, $"service endpoint {e.Name}")), Report);
        CheckNames(roots, RootComponentDefinition.AppModule, solution.AppModules.Select(a => a.UniqueName), "app", Report);
        CheckNames(roots, RootComponentDefinition.SiteMap, solution.SiteMaps.Select(m => m.UniqueName), "site map", Report);
        CheckNames(roots, RootComponentDefinition.CustomControl, solution.CustomControls.Select(c => c.Name), "code component", Report);
        CheckNames(roots, RootComponentDefinition.EnvironmentVariable, solution.EnvironmentVariables.Select(v => v.SchemaName), "environment variable", Report);
    }

    private static void CheckNames(IReadOnlyList<RootComponentDefinition> roots, int type, IEnumerable<string> components, string what, Action<string> report)
    {
        var listed = Names(roots, type);
        var present = components.Select(c => c.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var name in present.Where(n => !listed.Contains(n)))
        {
            report($"{what} {name} is not a root component (type {type})");
        }

        foreach (var name in listed.Where(n => !present.Contains(n)))
        {
            report($"root component {name} (type {type}) is not in the folder");
        }
    }

    private static HashSet<string> Names(IEnumerable<RootComponentDefinition> roots, int type) =>
        roots.Where(r => r.Type == type && r.SchemaName is not null)
            .Select(r => r.SchemaName!.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    private static void CheckIds(
        IReadOnlyList<RootComponentDefinition> roots, int type, IEnumerable<(Guid Id, string What)> components, Action<string> report)
    {
        var listed = roots.Where(r => r.Type == type && r.Id is not null).Select(r => r.Id!.Value).ToHashSet();
        var present = new HashSet<Guid>();
        foreach (var (id, what) in components)
        {
            present.Add(id);
            if (!listed.Contains(id))
            {
                report($"{what} ({id}) is not a root component (type {type})");
            }
        }

        foreach (var id in listed.Where(id => !present.Contains(id)))
        {
            report($"root component {id} (type {type}) is not in the folder");
        }
    }
}

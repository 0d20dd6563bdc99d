using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>
/// Reads an unpacked solution folder in the layout <c>pac solution unpack</c> (SolutionPackager)
/// writes: Other/Solution.xml, Other/Customizations.xml, Other/Relationships/*.xml,
/// Entities/&lt;Name&gt;/Entity.xml, OptionSets/*.xml, Roles/*.xml,
/// PluginAssemblies/**/&lt;name&gt;.dll.data.xml, SdkMessageProcessingSteps/{id}.xml,
/// customapis/&lt;UniqueName&gt;/customapi.xml. Plug-in assemblies, steps, Custom APIs, option sets,
/// roles and relationships may be absent.
/// </summary>
public static class SolutionReader
{
    /// <summary>Reads the folder. Throws <see cref="SolutionFormatException"/> naming the file
    /// and the problem; nothing is returned half-read.</summary>
    public static SolutionDefinition Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new SolutionFormatException(folder, "the solution folder does not exist");
        }

        var manifest = ManifestReader.Read(SolutionXmlFile.Load(root, Path.Combine(root, "Other", "Solution.xml")));
        var customizations = SolutionXmlFile.Load(root, Path.Combine(root, "Other", "Customizations.xml"));
        customizations.ExpectRoot("ImportExportXml");
        var languages = SolutionXmlFile.Children(SolutionXmlFile.Child(customizations.Root, "Languages"), "Language")
            .Select(l => customizations.ParseInt(l, l.Value.Trim(), "Language"))
            .ToArray();

        var globalOptionSets = ReadAll(root, Files(root, "OptionSets", "*.xml", recursive: false), OptionSetReader.ReadGlobal);
        var optionSetsByName = IndexUnique(globalOptionSets, o => o.Name.ToLowerInvariant(), "global option set", "OptionSets");

        var targets = new LookupTargets();
        RelationshipReader.Read(customizations, SolutionXmlFile.Child(customizations.Root, "EntityRelationships"), targets);
        foreach (var path in Files(root, Path.Combine("Other", "Relationships"), "*.xml", recursive: false))
        {
            var file = SolutionXmlFile.Load(root, path);
            file.ExpectRoot("EntityRelationships");
            RelationshipReader.Read(file, file.Root, targets);
        }

        var tables = Files(root, "Entities", "Entity.xml", recursive: true)
            .Select(path => WithViewsAndForms(root, path, EntityReader.Read(SolutionXmlFile.Load(root, path), targets, optionSetsByName)))
            .ToList();
        IndexUnique(tables, t => t.LogicalName, "table", "Entities");
        var assemblies = ReadAll(root, Files(root, "PluginAssemblies", "*.dll.data.xml", recursive: true), PluginAssemblyReader.Read);
        IndexUnique(assemblies, a => a.Id.ToString(), "plug-in assembly", "PluginAssemblies");
        var steps = ReadAll(root, Files(root, "SdkMessageProcessingSteps", "*.xml", recursive: false), StepReader.Read)
            .Select(step => ResolvePluginType(step, assemblies))
            .ToList();
        IndexUnique(steps, s => s.Id.ToString(), "step", "SdkMessageProcessingSteps");
        var customApis = Directory.Exists(Path.Combine(root, "customapis"))
            ? Directory.EnumerateDirectories(Path.Combine(root, "customapis")).Order(StringComparer.Ordinal)
                .Select(folder => CustomApiReader.Read(root, RequiredFile(root, folder, "customapi.xml")))
                .Select(api => ResolvePluginType(api, assemblies))
                .ToList()
            : [];
        IndexUnique(customApis, a => a.UniqueName.ToLowerInvariant(), "custom API", "customapis");
        var roles = ReadAll(root, Files(root, "Roles", "*.xml", recursive: true), RoleReader.Read);
        IndexUnique(roles, r => r.Name.ToUpperInvariant(), "security role", "Roles");
        var apps = PerFolder(root, "AppModules", "AppModule.xml", AppModuleReader.ReadApp);
        IndexUnique(apps, a => a.UniqueName.ToLowerInvariant(), "app module", "AppModules");
        var siteMaps = PerFolder(root, "AppModuleSiteMaps", "AppModuleSiteMap.xml", AppModuleReader.ReadSiteMap);
        IndexUnique(siteMaps, m => m.UniqueName.ToLowerInvariant(), "site map", "AppModuleSiteMaps");
        var dashboards = ReadAll(root, Unmanaged(Files(root, "Dashboards", "*.xml", recursive: false)), ComponentReader.ReadDashboard);
        IndexUnique(dashboards, d => d.Id.ToString(), "dashboard", "Dashboards");
        var controls = ReadAll(root, Files(root, "Controls", "ControlManifest.xml.data.xml", recursive: true), ComponentReader.ReadCustomControl);
        IndexUnique(controls, c => c.Name.ToLowerInvariant(), "code component", "Controls");
        var variables = PerFolder(root, "environmentvariabledefinitions", "environmentvariabledefinition.xml", ComponentReader.ReadEnvironmentVariable);
        IndexUnique(variables, v => v.SchemaName.ToLowerInvariant(), "environment variable", "environmentvariabledefinitions");
        var endpoints = ReadAll(root, Files(root, "ServiceEndpoints", "*.xml", recursive: false), ComponentReader.ReadServiceEndpoint);
        IndexUnique(endpoints, e => e.Id.ToString(), "service endpoint", "ServiceEndpoints");

        // Read-only wrappers: a loaded solution is shared (the local Dataverse, tests) and must not change.
        return new SolutionDefinition(
            manifest.UniqueName, manifest.Version, manifest.Publisher, tables.AsReadOnly(), assemblies.AsReadOnly(), steps.AsReadOnly(),
            globalOptionSets.AsReadOnly(), roles.AsReadOnly())
        {
            Languages = languages,
            DisplayNames = manifest.DisplayNames,
            Managed = manifest.Managed,
            RootComponents = manifest.RootComponents,
            CustomApis = customApis.AsReadOnly(),
            AppModules = apps.AsReadOnly(),
            SiteMaps = siteMaps.AsReadOnly(),
            Dashboards = dashboards.AsReadOnly(),
            CustomControls = controls.AsReadOnly(),
            EnvironmentVariables = variables.AsReadOnly(),
            ServiceEndpoints = endpoints.AsReadOnly(),
            Relationships = targets.Relationships.AsReadOnly(),
        };
    }

    // A step that gives only the plug-in type's id takes its name from the assembly that declares it.
    private static StepDefinition ResolvePluginType(StepDefinition step, IEnumerable<PluginAssemblyDefinition> assemblies)
    {
        if (step.PluginTypeName.Length > 0)
        {
            return step;
        }

        var type = assemblies.SelectMany(a => a.Types).FirstOrDefault(t => t.Id == step.PluginTypeId)
            ?? throw new SolutionFormatException(step.SourceFile, $"the step names plug-in type id {step.PluginTypeId}, which no PluginAssemblies/**/*.dll.data.xml declares");
        return step with { PluginTypeName = type.TypeName, PluginTypeAssemblyQualifiedName = type.AssemblyQualifiedName };
    }

    private static CustomApiDefinition ResolvePluginType(CustomApiDefinition api, IEnumerable<PluginAssemblyDefinition> assemblies)
    {
        if (api.PluginTypeId is not { } id)
        {
            return api;
        }

        var type = assemblies.SelectMany(a => a.Types).FirstOrDefault(t => t.Id == id)
            ?? throw new SolutionFormatException(api.SourceFile, $"the custom API {api.UniqueName} names plug-in type id {id}, which no PluginAssemblies/**/*.dll.data.xml declares");
        return api with { PluginTypeName = type.TypeName };
    }

    private static string RequiredFile(string root, string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path)
            ? path
            : throw new SolutionFormatException(Path.GetRelativePath(root, folder).Replace('\\', '/'), $"the folder has no {name}");
    }

    private static TableDefinition WithViewsAndForms(string root, string entityFile, TableDefinition table)
    {
        var folder = Path.GetDirectoryName(entityFile)!;
        var relative = Path.GetRelativePath(root, folder);
        var views = ReadAll(root, Files(root, Path.Combine(relative, "SavedQueries"), "*.xml", recursive: false),
            f => ViewAndFormReader.ReadView(f, table.LogicalName));
        // A folder unpacked as both holds each form twice ({id}.xml and {id}_managed.xml): one form.
        var forms = Files(root, Path.Combine(relative, "FormXml"), "*.xml", recursive: true)
            .Where(path => !Path.GetFileNameWithoutExtension(path).EndsWith(CustomizationsComposer.ManagedSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(path => ViewAndFormReader.ReadForm(SolutionXmlFile.Load(root, path), Path.GetFileName(Path.GetDirectoryName(path)!)))
            .ToList();
        var charts = ReadAll(root, Files(root, Path.Combine(relative, "Visualizations"), "*.xml", recursive: false),
            f => ChartReader.Read(f, table.LogicalName));
        return views.Count == 0 && forms.Count == 0 && charts.Count == 0 ? table : table with { Views = views, Forms = forms, Charts = charts };
    }

    // Components kept one folder each (AppModules/<name>/AppModule.xml): the unmanaged file is the component.
    private static List<T> PerFolder<T>(string root, string folder, string fileName, Func<SolutionXmlFile, T> read)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateDirectories(path).Order(StringComparer.Ordinal)
                .Select(component => read(SolutionXmlFile.Load(root, RequiredFile(root, component, fileName))))
                .ToList()
            : [];
    }

    private static IEnumerable<string> Unmanaged(IEnumerable<string> paths) =>
        paths.Where(path => !Path.GetFileNameWithoutExtension(path).EndsWith(CustomizationsComposer.ManagedSuffix, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Files(string root, string subfolder, string pattern, bool recursive)
    {
        var folder = Path.Combine(root, subfolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Order(StringComparer.Ordinal)
            : [];
    }

    private static List<T> ReadAll<T>(string root, IEnumerable<string> paths, Func<SolutionXmlFile, T> read) =>
        paths.Select(path => read(SolutionXmlFile.Load(root, path))).ToList();

    private static Dictionary<string, T> IndexUnique<T>(IEnumerable<T> items, Func<T, string> key, string what, string folder)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!index.TryAdd(key(item), item))
            {
                throw new SolutionFormatException(folder, $"{what} {key(item)} is defined twice");
            }
        }

        return index;
    }
}

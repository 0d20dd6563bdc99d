using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;

namespace SalesGoals.Crm.SolutionModel.Packing;

/// <summary>
/// Writes the customizations.xml a pack puts in the solution zip, from an unpacked folder, the way
/// SolutionPackager does: every component file goes into its section of Other/Customizations.xml
/// (Entities, Roles, EntityRelationships, optionsets, Dashboards, CustomControls, SolutionPluginAssemblies,
/// SdkMessageProcessingSteps, ServiceEndpoints, AppModuleSiteMaps, AppModules, environmentvariabledefinitions,
/// customapis), and each table's forms, views and charts go into the <c>&lt;FormXml /&gt;</c>,
/// <c>&lt;SavedQueries /&gt;</c> and <c>&lt;Visualizations /&gt;</c> placeholders of its Entity.xml. A managed
/// pack takes each form from its <c>{id}_managed.xml</c> file. Every component element keeps its
/// line numbers and carries a <see cref="SourceFile"/> annotation.
/// </summary>
/// <remarks>Like the packer, this refuses what it cannot place: a component kind whose section
/// Other/Customizations.xml lacks, forms or views without a placeholder, a managed pack without a
/// form's managed file.</remarks>
public static class CustomizationsComposer
{
    /// <summary>The managed twin of a form file carries this suffix before ".xml".</summary>
    public const string ManagedSuffix = "_managed";

    public static XDocument Compose(string folder, SolutionPackageType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var root = Path.GetFullPath(folder);
        var customizations = Load(root, Path.Combine(root, "Other", "Customizations.xml"));
        customizations.ExpectRoot("ImportExportXml");
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), Detach(customizations));

        Fill(document, customizations, "Entities", Files(root, "Entities", "Entity.xml", true).Select(p => Entity(root, p, type)));
        Fill(document, customizations, "Roles", Files(root, "Roles", "*.xml", true).Select(p => Component(root, p, "Role")));
        Fill(document, customizations, "EntityRelationships", Files(root, Path.Combine("Other", "Relationships"), "*.xml", false)
            .SelectMany(p => Relationships(root, p)));
        Fill(document, customizations, "optionsets", Files(root, "OptionSets", "*.xml", false).Select(p => Component(root, p, "optionset")));
        Fill(document, customizations, "Dashboards", Files(root, "Dashboards", "*.xml", false)
            .Where(p => !Path.GetFileNameWithoutExtension(p).EndsWith(ManagedSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(p => Component(root, p, "Dashboard")));
        Fill(document, customizations, "CustomControls", Files(root, "Controls", "ControlManifest.xml.data.xml", true)
            .Select(p => Component(root, p, "CustomControl")));
        Fill(document, customizations, "ServiceEndpoints", Files(root, "ServiceEndpoints", "*.xml", false)
            .Select(p => Component(root, p, "ServiceEndpoint")));
        var variables = PerFolder(root, "environmentvariabledefinitions", "environmentvariabledefinition", type).ToList();
        if (variables.Count > 0 && SolutionXmlFile.Child(document.Root!, "environmentvariabledefinitions") is null)
        {
            // Packer output has no node for them (they came after the other sections); the pack writes it before Languages.
            (SolutionXmlFile.Child(document.Root!, "Languages") is { } before ? (Action<XElement>)before.AddBeforeSelf : document.Root!.Add)
                (new XElement("environmentvariabledefinitions"));
        }

        Fill(document, customizations, "environmentvariabledefinitions", variables);
        Fill(document, customizations, "SolutionPluginAssemblies", Files(root, "PluginAssemblies", "*.dll.data.xml", true)
            .Select(p => Component(root, p, "PluginAssembly")));
        Fill(document, customizations, "SdkMessageProcessingSteps", Files(root, "SdkMessageProcessingSteps", "*.xml", false)
            .Select(p => Component(root, p, "SdkMessageProcessingStep")));
        Fill(document, customizations, "AppModuleSiteMaps", PerFolder(root, "AppModuleSiteMaps", "AppModuleSiteMap", type));
        Fill(document, customizations, "AppModules", PerFolder(root, "AppModules", "AppModule", type));
        var customApis = CustomApiComposer.Compose(root).ToList();
        if (customApis.Count > 0 && SolutionXmlFile.Child(document.Root!, "customapis") is null)
        {
            // Custom APIs came after the other sections; the packer writes their section itself.
            (SolutionXmlFile.Child(document.Root!, "Languages") is { } languages ? (Action<XElement>)languages.AddBeforeSelf : document.Root!.Add)
                (new XElement("customapis"));
        }

        Fill(document, customizations, "customapis", customApis);
        return document;
    }

    /// <summary>The unpacked file an element of a composed document came from, or null.</summary>
    public static string? SourceOf(XObject? node)
    {
        for (var element = node as XElement ?? node?.Parent; element is not null; element = element.Parent)
        {
            if (element.Annotation<SourceFile>() is { } source)
            {
                return source.RelativePath;
            }
        }

        return null;
    }

    private static void Fill(XDocument document, SolutionXmlFile customizations, string section, IEnumerable<XElement> components)
    {
        var list = components.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var node = SolutionXmlFile.Child(document.Root!, section)
            ?? throw customizations.Error(document.Root, $"Other/Customizations.xml has no <{section} /> node, so a pack has nowhere to put "
                + $"the {list.Count} component(s) of {SourceOf(list[0])} and the like (SolutionPackager: root components are not defined in customizations)");
        node.RemoveNodes();
        node.Add(list);
    }

    // Components kept one folder each (AppModules/<name>/AppModule.xml and its _managed twin).
    private static IEnumerable<XElement> PerFolder(string root, string folder, string name, SolutionPackageType type)
    {
        var path = Path.Combine(root, folder);
        if (!Directory.Exists(path))
        {
            return [];
        }

        return Directory.EnumerateDirectories(path).Order(StringComparer.Ordinal).Select(component =>
        {
            var managed = Path.Combine(component, name + ManagedSuffix + ".xml");
            var unmanaged = Path.Combine(component, name + ".xml");
            return Component(root, type == SolutionPackageType.Managed && File.Exists(managed) ? managed : unmanaged, name);
        }).ToList();
    }

    private static XElement Entity(string root, string path, SolutionPackageType type)
    {
        var entity = Component(root, path, "Entity");
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(path)!);
        var forms = Files(root, Path.Combine(relative, "FormXml"), "*.xml", true)
            .Where(p => !Path.GetFileNameWithoutExtension(p).EndsWith(ManagedSuffix, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var views = Files(root, Path.Combine(relative, "SavedQueries"), "*.xml", false).ToList();
        var charts = Files(root, Path.Combine(relative, "Visualizations"), "*.xml", false).ToList();
        if (forms.Count > 0)
        {
            var placeholder = Placeholder(root, path, entity, "FormXml", forms.Count, "forms");
            placeholder.Add(forms
                .GroupBy(p => Path.GetFileName(Path.GetDirectoryName(p)!), StringComparer.Ordinal)
                .Select(group => new XElement("forms", new XAttribute("type", group.Key),
                    group.Select(p => Form(root, p, type)))));
        }

        if (views.Count > 0)
        {
            var placeholder = Placeholder(root, path, entity, "SavedQueries", views.Count, "views");
            placeholder.Add(new XElement("savedqueries", views.Select(p => Inner(root, p, "savedqueries", "savedquery"))));
        }

        if (charts.Count > 0)
        {
            var placeholder = Placeholder(root, path, entity, "Visualizations", charts.Count, "charts");
            placeholder.Add(charts.Select(p => Component(root, p, "visualization")));
        }

        var ribbon = Path.Combine(Path.GetDirectoryName(path)!, "RibbonDiff.xml");
        if (File.Exists(ribbon) && SolutionXmlFile.Child(entity, "RibbonDiffXml") is { } ribbonPlaceholder)
        {
            ribbonPlaceholder.ReplaceWith(Component(root, ribbon, "RibbonDiffXml"));
        }

        return entity;
    }

    private static XElement Placeholder(string root, string path, XElement entity, string name, int count, string what)
    {
        var placeholder = SolutionXmlFile.Child(entity, name)
            ?? throw new SolutionFormatException(Path.GetRelativePath(root, path).Replace('\\', '/'),
                $"Entity.xml has no <{name} /> placeholder, so a pack would leave out the table's {count} {what}");
        placeholder.RemoveNodes();
        return placeholder;
    }

    private static XElement Form(string root, string path, SolutionPackageType type)
    {
        if (type == SolutionPackageType.Unmanaged)
        {
            return Inner(root, path, "forms", "systemform");
        }

        var managed = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ManagedSuffix + ".xml");
        return File.Exists(managed)
            ? Inner(root, managed, "forms", "systemform")
            : throw new SolutionFormatException(Path.GetRelativePath(root, path).Replace('\\', '/'),
                $"a managed pack needs the form's managed file {Path.GetFileName(managed)} beside it (unpack with --packagetype Both writes it)");
    }

    private static IEnumerable<XElement> Relationships(string root, string path)
    {
        var file = Load(root, path);
        file.ExpectRoot("EntityRelationships");
        return SolutionXmlFile.Children(file.Root, "EntityRelationship").ToList().Select(r => Annotated(r, file));
    }

    // A file whose root wraps exactly the one element the section holds (forms/systemform, savedqueries/savedquery).
    private static XElement Inner(string root, string path, string wrapper, string name)
    {
        var file = Load(root, path);
        file.ExpectRoot(wrapper);
        var items = SolutionXmlFile.Children(file.Root, name).ToList();
        return items.Count == 1
            ? Annotated(items[0], file)
            : throw file.Error(file.Root, $"<{wrapper}> holds {items.Count} <{name}> elements; an unpacked file holds exactly one");
    }

    private static XElement Component(string root, string path, string expectedRoot)
    {
        var file = Load(root, path);
        file.ExpectRoot(expectedRoot);
        return Annotated(Detach(file), file);
    }

    internal static XElement Annotated(XElement element, SolutionXmlFile file)
    {
        if (element.Document is not null)
        {
            element.Remove();
        }

        element.AddAnnotation(new SourceFile(file.RelativePath));
        return element;
    }

    // Takes the root out of its document without copying it, so line numbers stay attached.
    private static XElement Detach(SolutionXmlFile file)
    {
        var element = file.Root;
        element.Remove();
        return element;
    }

    internal static SolutionXmlFile Load(string root, string path) => SolutionXmlFile.Load(root, path);

    internal static IEnumerable<string> Files(string root, string subfolder, string pattern, bool recursive)
    {
        var folder = Path.Combine(root, subfolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Order(StringComparer.Ordinal)
            : [];
    }
}

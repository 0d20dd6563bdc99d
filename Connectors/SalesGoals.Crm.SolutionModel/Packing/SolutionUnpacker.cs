using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Packing;

/// <summary>
/// Lays a solution zip out as an unpacked folder (the inverse of <see cref="SolutionZip"/>, in
/// SolutionPackager's layout) so <see cref="SolutionReader"/> can read what a pack wrote: each
/// component of customizations.xml goes to its own file and the sections are left empty.
/// </summary>
public static class SolutionUnpacker
{
    public static void Unpack(Stream zipStream, string folder)
    {
        ArgumentNullException.ThrowIfNull(zipStream);
        var root = Path.GetFullPath(folder);
        using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
        var manifest = Load(zip, "solution.xml");
        var customizations = Load(zip, "customizations.xml");
        Save(manifest, root, "Other", "Solution.xml");
        var sections = customizations.Root!;

        foreach (var entity in Take(sections, "Entities"))
        {
            var name = entity.Element("Name")!.Value.Trim();
            foreach (var forms in entity.Element("FormXml")?.Elements("forms").ToList() ?? [])
            {
                foreach (var form in forms.Elements("systemform"))
                {
                    Save(new XElement("forms", form), root, "Entities", name, "FormXml", (string)forms.Attribute("type")!, form.Element("formid")!.Value.Trim() + ".xml");
                }
            }

            foreach (var view in entity.Element("SavedQueries")?.Elements("savedqueries").Elements("savedquery").ToList() ?? [])
            {
                Save(new XElement("savedqueries", view), root, "Entities", name, "SavedQueries", view.Element("savedqueryid")!.Value.Trim() + ".xml");
            }

            foreach (var chart in entity.Element("Visualizations")?.Elements("visualization").ToList() ?? [])
            {
                Save(chart, root, "Entities", name, "Visualizations", chart.Element("savedqueryvisualizationid")!.Value.Trim() + ".xml");
            }

            entity.Element("FormXml")?.RemoveNodes();
            entity.Element("SavedQueries")?.RemoveNodes();
            entity.Element("Visualizations")?.RemoveNodes();
            Save(entity, root, "Entities", name, "Entity.xml");
        }

        foreach (var role in Take(sections, "Roles"))
        {
            Save(role, root, "Roles", (string)role.Attribute("name")! + ".xml");
        }

        foreach (var optionSet in Take(sections, "optionsets"))
        {
            Save(optionSet, root, "OptionSets", (string)optionSet.Attribute("Name")! + ".xml");
        }

        var relationships = Take(sections, "EntityRelationships");
        if (relationships.Count > 0)
        {
            foreach (var group in relationships.GroupBy(r => r.Element("ReferencedEntityName")?.Value.Trim() ?? "ManyToMany", StringComparer.Ordinal))
            {
                Save(new XElement("EntityRelationships", group), root, "Other", "Relationships", group.Key + ".xml");
            }

            Save(new XElement("EntityRelationships", relationships.Select(r => new XElement("EntityRelationship", new XAttribute("Name", (string)r.Attribute("Name")!)))),
                root, "Other", "Relationships.xml");
        }

        foreach (var assembly in Take(sections, "SolutionPluginAssemblies"))
        {
            var entry = assembly.Element("FileName")!.Value.Trim().TrimStart('/');
            var parts = entry.Split('/');
            Save(assembly, root, [.. parts[..^1], parts[^1] + ".data.xml"]);
            var binary = zip.GetEntry(entry) ?? throw new SolutionFormatException(entry, "the zip has no binary for this plug-in assembly");
            binary.ExtractToFile(Path.Combine(root, Path.Combine(parts)), overwrite: true);
        }

        foreach (var dashboard in Take(sections, "Dashboards"))
        {
            Save(dashboard, root, "Dashboards", dashboard.Element("FormId")!.Value.Trim() + ".xml");
        }

        foreach (var control in Take(sections, "CustomControls"))
        {
            var name = control.Element("Name")!.Value.Trim();
            Save(control, root, "Controls", name, "ControlManifest.xml.data.xml");
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith($"Controls/{name}/", StringComparison.Ordinal) && e.Name.Length > 0))
            {
                var target = Path.Combine(root, Path.Combine(entry.FullName.Split('/')));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true);
            }
        }

        foreach (var endpoint in Take(sections, "ServiceEndpoints"))
        {
            Save(endpoint, root, "ServiceEndpoints", (string)endpoint.Attribute("Name")! + ".xml");
        }

        foreach (var (section, directory, file, key) in new[] { ("AppModuleSiteMaps", "AppModuleSiteMaps", "AppModuleSiteMap.xml", "SiteMapUniqueName"), ("AppModules", "AppModules", "AppModule.xml", "UniqueName") })
        {
            foreach (var item in Take(sections, section))
            {
                Save(item, root, directory, item.Element(key)!.Value.Trim(), file);
            }
        }

        foreach (var variable in Take(sections, "environmentvariabledefinitions"))
        {
            Save(variable, root, "environmentvariabledefinitions", (string)variable.Attribute("schemaname")!, "environmentvariabledefinition.xml");
        }

        foreach (var step in Take(sections, "SdkMessageProcessingSteps"))
        {
            Save(step, root, "SdkMessageProcessingSteps", (string)step.Attribute("SdkMessageProcessingStepId")! + ".xml");
        }

        foreach (var api in Take(sections, "customapis"))
        {
            var name = (string)api.Attribute("uniquename")!;
            foreach (var (children, child) in new[] { ("customapirequestparameters", "customapirequestparameter"), ("customapiresponseproperties", "customapiresponseproperty") })
            {
                foreach (var item in api.Element(children)?.Elements(child).ToList() ?? [])
                {
                    Save(item, root, "customapis", name, children, (string)item.Attribute("uniquename")!, child + ".xml");
                }

                api.Element(children)?.Remove();
            }

            Save(api, root, "customapis", name, "customapi.xml");
        }

        Save(customizations.Root!, root, "Other", "Customizations.xml");
    }

    private static List<XElement> Take(XElement sections, string name)
    {
        var section = sections.Element(name);
        if (section is null)
        {
            return [];
        }

        var items = section.Elements().ToList();
        section.RemoveNodes();
        return items;
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new SolutionFormatException(name, "the solution zip has no " + name);
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }

    private static void Save(XDocument document, string root, params string[] path) => Save(document.Root!, root, path);

    private static void Save(XElement element, string root, params string[] path)
    {
        var file = Path.Combine([root, .. path]);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (element.Parent is not null || element.Document is not null)
        {
            element.Remove();
        }

        new XDocument(new XDeclaration("1.0", "utf-8", null), element).Save(file);
    }
}

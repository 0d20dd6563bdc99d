using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;

namespace SalesGoals.Crm.SolutionModel.Packing;

/// <summary>
/// Packs an unpacked solution folder into a solution zip in SolutionPackager's layout:
/// <c>[Content_Types].xml</c>, <c>solution.xml</c> (the manifest, <c>&lt;Managed&gt;</c> 0 or 1, the
/// version stamped), <c>customizations.xml</c> (<see cref="CustomizationsComposer"/>) and every plug-in
/// assembly binary at the path its <c>&lt;FileName&gt;</c> names. Entries carry a fixed timestamp, so the
/// same input packs to the same bytes.
/// </summary>
public static class SolutionZip
{
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the zip. <paramref name="assemblyFiles"/> gives the binary of a plug-in
    /// assembly by its file name (e.g. SalesGoals.Crm.Plugins.dll), as a SolutionPackager map does;
    /// an assembly not listed there must sit beside its .dll.data.xml.</summary>
    /// <remarks><paramref name="controlOutputs"/> gives each code component's build output folder by
    /// control name (sg_SalesGoals.GoalProgressCard); a control not listed there must have its built
    /// files beside its ControlManifest.xml.data.xml. A form that puts a control on a field may only
    /// set properties its built manifest declares, and must set the required ones.</remarks>
    public static void Write(string folder, SolutionPackageType type, Stream output, string? version = null,
        IReadOnlyDictionary<string, string>? assemblyFiles = null, IReadOnlyDictionary<string, string>? controlOutputs = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var root = Path.GetFullPath(folder);
        var managedFlag = SolutionPackage.ManagedFlag(root);
        var wanted = type == SolutionPackageType.Managed ? 1 : 0;
        if (managedFlag != 2 && managedFlag != wanted)
        {
            throw new SolutionFormatException("Other/Solution.xml",
                $"Solution package type did not match requested type: the folder holds <Managed>{managedFlag}</Managed> and a {type} pack was asked for (unpack with --packagetype Both for both)");
        }

        var customizations = CustomizationsComposer.Compose(root, type);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        var binaries = Binaries(root, customizations, assemblyFiles ?? new Dictionary<string, string>());
        foreach (var (entry, path) in Controls(root, customizations, controlOutputs ?? new Dictionary<string, string>()))
        {
            binaries[entry] = path;
        }

        var extensions = binaries.Keys.Select(k => Path.GetExtension(k).TrimStart('.').ToLowerInvariant()).Prepend("xml").Distinct().ToList();
        Add(zip, "[Content_Types].xml", ContentTypes(extensions));
        Add(zip, "solution.xml", Manifest(root, wanted, version));
        Add(zip, "customizations.xml", customizations);
        foreach (var (entry, path) in binaries)
        {
            var item = zip.CreateEntry(entry, CompressionLevel.Optimal);
            item.LastWriteTime = EntryTime;
            using var target = item.Open();
            using var source = File.OpenRead(path);
            source.CopyTo(target);
        }
    }

    /// <summary>Sets Other/Solution.xml's version in place (what a build does before packing).</summary>
    public static void StampVersion(string folder, string version)
    {
        var path = Path.Combine(Path.GetFullPath(folder), "Other", "Solution.xml");
        var document = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        SetVersion(document, version);
        using var writer = XmlWriter.Create(path, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false });
        document.Save(writer);
    }

    private static XDocument Manifest(string root, int managed, string? version)
    {
        var document = XDocument.Load(Path.Combine(root, "Other", "Solution.xml"), LoadOptions.PreserveWhitespace);
        var manifest = document.Root!.Element("SolutionManifest")!;
        manifest.Element("Managed")!.Value = managed.ToString(CultureInfo.InvariantCulture);
        if (version is not null)
        {
            SetVersion(document, version);
        }

        return document;
    }

    private static void SetVersion(XDocument document, string version)
    {
        if (!Version.TryParse(version, out var parsed) || parsed.Build < 0 || parsed.Revision < 0)
        {
            throw new ArgumentException($"'{version}' is not a four-part version like 1.0.0.0", nameof(version));
        }

        var element = document.Root?.Element("SolutionManifest")?.Element("Version")
            ?? throw new SolutionFormatException("Other/Solution.xml", "the manifest has no <Version>");
        element.Value = parsed.ToString();
    }

    // Zip entry (no leading slash) -> file on disk, for every plug-in assembly the customizations declare.
    private static SortedDictionary<string, string> Binaries(string root, XDocument customizations, IReadOnlyDictionary<string, string> assemblyFiles)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in customizations.Root!.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"))
        {
            var fileName = assembly.Element("FileName")?.Value.Trim()
                ?? throw new SolutionFormatException(CustomizationsComposer.SourceOf(assembly) ?? "PluginAssemblies", "the plug-in assembly has no <FileName>");
            var entry = fileName.TrimStart('/');
            var name = Path.GetFileName(entry);
            var beside = Path.Combine(root, entry.Replace('/', Path.DirectorySeparatorChar));
            var path = assemblyFiles.TryGetValue(name, out var mapped) ? mapped : beside;
            if (!File.Exists(path))
            {
                throw new SolutionFormatException(CustomizationsComposer.SourceOf(assembly) ?? entry,
                    $"the binary of {name} is missing: build it, or map it (pack --plugin {name}=<path>); looked at {path}");
            }

            result[entry] = path;
        }

        return result;
    }

    // Zip entry -> file on disk for every code component's build output; checks the forms' use of it.
    private static SortedDictionary<string, string> Controls(string root, XDocument customizations, IReadOnlyDictionary<string, string> outputs)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var prefix = XDocument.Load(Path.Combine(root, "Other", "Solution.xml")).Descendants("CustomizationPrefix").FirstOrDefault()?.Value ?? string.Empty;
        foreach (var control in customizations.Root!.Elements("CustomControls").Elements("CustomControl"))
        {
            var name = control.Element("Name")?.Value.Trim() ?? throw new SolutionFormatException("Controls", "a code component has no <Name>");
            var folder = outputs.TryGetValue(name, out var mapped) ? mapped : Path.Combine(root, "Controls", name);
            foreach (var (entry, path) in ControlBuildOutput.Entries(name, folder, prefix))
            {
                result[entry] = path;
            }

            var properties = ControlBuildOutput.Properties(folder);
            foreach (var use in customizations.Descendants("customControl").Where(c => (string?)c.Attribute("name") == name))
            {
                var set = use.Element("parameters")?.Elements().Select(p => p.Name.LocalName).ToList() ?? [];
                var form = CustomizationsComposer.SourceOf(use) ?? "a form";
                foreach (var unknown in set.Where(p => !properties.ContainsKey(p)))
                {
                    throw new SolutionFormatException(form, $"the form sets property {unknown} of {name}, which its built manifest does not declare");
                }

                foreach (var missing in properties.Where(p => p.Value && !set.Contains(p.Key)).Select(p => p.Key))
                {
                    throw new SolutionFormatException(form, $"the form does not set the required property {missing} of {name}");
                }
            }
        }

        return result;
    }

    private static XDocument ContentTypes(IEnumerable<string> extensions)
    {
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(ns + "Types", extensions.Select(e =>
                new XElement(ns + "Default", new XAttribute("Extension", e), new XAttribute("ContentType", "application/octet-stream")))));
    }

    private static void Add(ZipArchive zip, string name, XDocument document)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(true), Indent = false });
        document.Save(writer);
    }
}

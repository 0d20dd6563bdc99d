using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;

namespace SalesGoals.Crm.SolutionModel.Packing;

/// <summary>
/// The build output of a code component (what <c>pcf-scripts build</c> writes to
/// <c>out/controls/&lt;Constructor&gt;/</c>: ControlManifest.xml, bundle.js, css/, strings/), which a pack
/// copies to <c>Controls/&lt;prefix&gt;_&lt;namespace&gt;.&lt;constructor&gt;/</c> in the zip, as SolutionPackager
/// does from an unpacked folder whose control files were refreshed from the build.
/// </summary>
public static class ControlBuildOutput
{
    /// <summary>The files to add for one control: zip entry (no leading slash) to file on disk. The
    /// folder must hold a built ControlManifest.xml (its code path is bundle.js, not index.ts) whose
    /// namespace and constructor make <paramref name="controlName"/>, and every resource it lists.</summary>
    public static SortedDictionary<string, string> Entries(string controlName, string folder, string publisherPrefix)
    {
        var manifestPath = Path.Combine(folder, "ControlManifest.xml");
        var where = $"Controls/{controlName}";
        if (!File.Exists(manifestPath))
        {
            throw new SolutionFormatException(where,
                $"the build output of {controlName} is missing: build the control (npm run build in its folder) or give its output folder; looked at {manifestPath}");
        }

        var control = Manifest(manifestPath, where);
        var name = $"{publisherPrefix}_{control.Attribute("namespace")?.Value}.{control.Attribute("constructor")?.Value}";
        if (!string.Equals(name, controlName, StringComparison.Ordinal))
        {
            throw new SolutionFormatException(where, $"the built manifest in {folder} is control {name}, not {controlName}");
        }

        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal) { [$"Controls/{controlName}/ControlManifest.xml"] = manifestPath };
        foreach (var resource in control.Element("resources")?.Elements() ?? [])
        {
            var relative = resource.Attribute("path")?.Value
                ?? throw new SolutionFormatException(where, $"a <{resource.Name.LocalName}> resource of the built manifest has no path");
            if (relative.EndsWith(".ts", StringComparison.OrdinalIgnoreCase) || relative.EndsWith(".tsx", StringComparison.OrdinalIgnoreCase))
            {
                throw new SolutionFormatException(where, $"{manifestPath} lists {relative}: that is the input manifest, not the build output (bundle.js)");
            }

            var file = Path.GetFullPath(Path.Combine(folder, relative));
            if (!File.Exists(file))
            {
                throw new SolutionFormatException(where, $"the built manifest lists {relative}, which is not in {folder}");
            }

            entries[$"Controls/{controlName}/{relative.Replace('\\', '/')}"] = file;
        }

        return entries;
    }

    /// <summary>The property names a built manifest declares, and which of them are required.</summary>
    public static IReadOnlyDictionary<string, bool> Properties(string folder)
    {
        var control = Manifest(Path.Combine(folder, "ControlManifest.xml"), folder);
        return control.Elements("property").ToDictionary(
            p => p.Attribute("name")?.Value ?? string.Empty, p => p.Attribute("required")?.Value == "true", StringComparer.Ordinal);
    }

    private static XElement Manifest(string path, string where)
    {
        try
        {
            return XDocument.Load(path).Root?.Element("control") ?? throw new SolutionFormatException(where, $"{path} has no <manifest><control>");
        }
        catch (System.Xml.XmlException ex)
        {
            throw new SolutionFormatException(where, $"{path} is not XML: {ex.Message}", ex);
        }
    }
}

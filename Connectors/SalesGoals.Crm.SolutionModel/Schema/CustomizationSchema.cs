using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Schema;

/// <summary>
/// Microsoft's customization schema (CustomizationsSolution.xsd and the files it includes, from the
/// SDK's Schemas download) and validation of an unpacked solution against it: the folder is composed
/// into the customizations.xml a pack writes (<see cref="CustomizationsComposer"/>), unmanaged and
/// managed, and every schema deviation is reported with the unpacked file and line it came from.
/// </summary>
/// <remarks>The published schema is version 9.0.0.2090; what Dataverse has written since and every
/// real export carries is listed, with the evidence, in <see cref="SchemaDrift"/> — nothing else is
/// let through.</remarks>
public sealed class CustomizationSchema
{
    private readonly XmlSchemaSet _schemas;

    private CustomizationSchema(XmlSchemaSet schemas) => _schemas = schemas;

    /// <summary>Loads CustomizationsSolution.xsd from a folder that also holds the files it
    /// includes (isv.config.xsd, SiteMapType.xsd, FormXml.xsd, Fetch.xsd, ...). Includes are
    /// resolved inside that folder only.</summary>
    public static CustomizationSchema Load(string schemaFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaFolder);
        var main = Path.Combine(Path.GetFullPath(schemaFolder), "CustomizationsSolution.xsd");
        if (!File.Exists(main))
        {
            throw new FileNotFoundException("CustomizationsSolution.xsd is not in the schema folder", main);
        }

        var set = new XmlSchemaSet { XmlResolver = new FolderResolver(Path.GetDirectoryName(main)!) };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using (var reader = XmlReader.Create(main, settings))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return new CustomizationSchema(set);
    }

    /// <summary>Every deviation of the folder's components from the schema, for both the unmanaged
    /// and (when the folder holds both, <c>&lt;Managed&gt;2</c>) the managed pack; empty when there is none.
    /// Throws <see cref="SolutionFormatException"/> when the folder cannot be composed at all.</summary>
    public IReadOnlyList<SchemaProblem> Validate(string solutionFolder)
    {
        var problems = new List<SchemaProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in PackageTypes(solutionFolder))
        {
            foreach (var problem in Validate(CustomizationsComposer.Compose(solutionFolder, type)))
            {
                if (seen.Add(problem.ToString()))
                {
                    problems.Add(problem);
                }
            }
        }

        return problems;
    }

    /// <summary>Validates a composed customizations.xml (see <see cref="CustomizationsComposer"/>).</summary>
    public IReadOnlyList<SchemaProblem> Validate(XDocument customizations)
    {
        ArgumentNullException.ThrowIfNull(customizations);
        SchemaDrift.Apply(customizations);
        var problems = new List<SchemaProblem>();
        customizations.Validate(_schemas, (sender, e) =>
        {
            var node = sender as XObject;
            var line = node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
            problems.Add(new SchemaProblem(CustomizationsComposer.SourceOf(node) ?? "Other/Customizations.xml", line, e.Message));
        });
        return problems;
    }

    private static IEnumerable<SolutionPackageType> PackageTypes(string solutionFolder)
    {
        yield return SolutionPackageType.Unmanaged;
        if (SolutionPackage.ManagedFlag(solutionFolder) == 2)
        {
            yield return SolutionPackageType.Managed;
        }
    }

    // Resolves xs:include only to files in the schema folder; nothing is fetched from elsewhere.
    private sealed class FolderResolver(string folder) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var path = Path.GetFullPath(absoluteUri.LocalPath);
            if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
            {
                throw new XmlSchemaException($"the schema includes {absoluteUri}, which is not a file in {folder}");
            }

            return File.OpenRead(path);
        }
    }
}

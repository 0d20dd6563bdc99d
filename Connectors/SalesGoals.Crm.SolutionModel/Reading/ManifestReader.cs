using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel;

/// <summary>Reads Other/Solution.xml (the manifest).</summary>
internal static class ManifestReader
{
    public static Manifest Read(SolutionXmlFile file)
    {
        file.ExpectRoot("ImportExportXml");
        var manifest = file.RequiredChild(file.Root, "SolutionManifest");
        var uniqueName = file.RequiredText(manifest, "UniqueName");
        var version = file.RequiredText(manifest, "Version");
        if (!System.Version.TryParse(version, out _))
        {
            throw file.Error(SolutionXmlFile.Child(manifest, "Version"), $"Version '{version}' is not a version number like 1.0.0.0");
        }

        var publisherElement = file.RequiredChild(manifest, "Publisher");
        var prefix = file.RequiredText(publisherElement, "CustomizationPrefix");
        var optionValuePrefix = file.RequiredInt(publisherElement, "CustomizationOptionValuePrefix");
        if (optionValuePrefix is < 10000 or > 99999)
        {
            throw file.Error(publisherElement, $"CustomizationOptionValuePrefix {optionValuePrefix} is outside 10000-99999");
        }

        var publisher = new PublisherDefinition(file.RequiredText(publisherElement, "UniqueName"), prefix, optionValuePrefix);
        var managed = file.OptionalInt(manifest, "Managed") ?? 0;
        var names = LabelReader.ReadFirst(file, manifest, "LocalizedNames");
        var roots = new List<RootComponent>();
        foreach (var root in SolutionXmlFile.Children(SolutionXmlFile.Child(manifest, "RootComponents"), "RootComponent"))
        {
            var type = file.ParseInt(root, file.RequiredAttribute(root, "type"), "RootComponent type");
            roots.Add(new RootComponent(type, SolutionXmlFile.Attribute(root, "schemaName"), SolutionXmlFile.Attribute(root, "id")));
        }

        return new Manifest(uniqueName, version, publisher, managed, names, roots);
    }
}

internal sealed record Manifest(
    string UniqueName,
    string Version,
    PublisherDefinition Publisher,
    int Managed,
    IReadOnlyDictionary<int, string> DisplayNames,
    IReadOnlyList<RootComponent> RootComponents);

/// <summary>A root component: type 1 entity, 9 option set, 20 role, 91 plug-in assembly, 92 step.</summary>
internal sealed record RootComponent(int Type, string? SchemaName, string? Id);

using System;
using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Reading;

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
        var roots = new List<RootComponentDefinition>();
        foreach (var root in SolutionXmlFile.Children(SolutionXmlFile.Child(manifest, "RootComponents"), "RootComponent"))
        {
            var type = file.ParseInt(root, file.RequiredAttribute(root, "type"), "RootComponent type");
            var id = SolutionXmlFile.Attribute(root, "id") is { } text ? file.ParseGuid(root, text, "RootComponent id") : (Guid?)null;
            var schemaName = SolutionXmlFile.Attribute(root, "schemaName");
            if (id is null && schemaName is null)
            {
                throw file.Error(root, "RootComponent has neither an id nor a schemaName");
            }

            var behavior = SolutionXmlFile.Attribute(root, "behavior") is { } b ? file.ParseInt(root, b, "RootComponent behavior") : 0;
            roots.Add(new RootComponentDefinition(type, schemaName, id, behavior));
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
    IReadOnlyList<RootComponentDefinition> RootComponents);

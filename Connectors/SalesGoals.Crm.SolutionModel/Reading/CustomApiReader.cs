using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>
/// Reads customapis/&lt;UniqueName&gt;/customapi.xml and its customapirequestparameters/ and
/// customapiresponseproperties/ subfolders, the layout SolutionPackager writes.
/// </summary>
internal static class CustomApiReader
{
    public static CustomApiDefinition Read(string solutionRoot, string customApiFile)
    {
        var file = SolutionXmlFile.Load(solutionRoot, customApiFile);
        file.ExpectRoot("customapi");
        var root = file.Root;
        var uniqueName = file.RequiredAttribute(root, "uniquename");
        var folder = Path.GetDirectoryName(customApiFile)!;
        if (!string.Equals(Path.GetFileName(folder), uniqueName, StringComparison.Ordinal))
        {
            throw file.Error(root, $"the custom API {uniqueName} must live in a folder named after its unique name, not '{Path.GetFileName(folder)}'");
        }

        var bindingType = file.OptionalInt(root, "bindingtype") ?? 0;
        var boundEntity = SolutionXmlFile.Text(root, "boundentitylogicalname")?.ToLowerInvariant();
        if (bindingType is < 0 or > 2)
        {
            throw file.Error(SolutionXmlFile.Child(root, "bindingtype"), $"bindingtype {bindingType} is not 0 (global), 1 (entity) or 2 (entity collection)");
        }

        if (bindingType != 0 && boundEntity is null)
        {
            throw file.Error(root, "a custom API bound to a table (bindingtype 1 or 2) needs <boundentitylogicalname>");
        }

        var requests = ReadFields(solutionRoot, folder, "customapirequestparameters", "customapirequestparameter", isResponse: false);
        var responses = ReadFields(solutionRoot, folder, "customapiresponseproperties", "customapiresponseproperty", isResponse: true);
        return new CustomApiDefinition(
            uniqueName,
            SolutionXmlFile.Text(root, "name") ?? uniqueName,
            bindingType,
            boundEntity,
            file.OptionalBool(root, "isfunction") ?? false,
            file.OptionalBool(root, "isprivate") ?? false,
            file.OptionalInt(root, "allowedcustomprocessingsteptype") ?? 0,
            SolutionXmlFile.Text(root, "executeprivilegename"),
            PluginTypeId(file, root),
            LabelReader.Read(file, SolutionXmlFile.Child(root, "displayname")),
            requests,
            responses,
            file.RelativePath);
    }

    // <plugintypeid> holds either <plugintypeid>{id}</plugintypeid> or <plugintypeexportkey>{id}</plugintypeexportkey>.
    private static Guid? PluginTypeId(SolutionXmlFile file, XElement root)
    {
        var holder = SolutionXmlFile.Child(root, "plugintypeid");
        if (holder is null)
        {
            return null;
        }

        var inner = holder.Elements().FirstOrDefault();
        var text = (inner ?? holder).Value.Trim();
        return text.Length == 0 ? null : file.ParseGuid(inner ?? holder, text, "plugintypeid");
    }

    private static List<CustomApiFieldDefinition> ReadFields(string solutionRoot, string apiFolder, string subfolder, string element, bool isResponse)
    {
        var folder = Path.Combine(apiFolder, subfolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var fields = new List<CustomApiFieldDefinition>();
        foreach (var path in Directory.EnumerateFiles(folder, element + ".xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = SolutionXmlFile.Load(solutionRoot, path);
            file.ExpectRoot(element);
            var root = file.Root;
            var uniqueName = file.RequiredAttribute(root, "uniquename");
            if (isResponse && SolutionXmlFile.Child(root, "isoptional") is { } optional)
            {
                // Dataverse refuses the import of a response property that carries isoptional.
                throw file.Error(optional, $"response property {uniqueName} has <isoptional>, which only request parameters may have");
            }

            var typeValue = file.RequiredInt(root, "type");
            if (!Enum.IsDefined(typeof(CustomApiFieldType), typeValue))
            {
                throw file.Error(SolutionXmlFile.Child(root, "type"), $"type {typeValue} of {uniqueName} is not a Custom API field type (0–12)");
            }

            if (fields.Any(f => string.Equals(f.UniqueName, uniqueName, StringComparison.OrdinalIgnoreCase)))
            {
                throw file.Error(root, $"{element} {uniqueName} is defined twice");
            }

            fields.Add(new CustomApiFieldDefinition(
                uniqueName,
                SolutionXmlFile.Text(root, "name") ?? uniqueName,
                (CustomApiFieldType)typeValue,
                !isResponse && (file.OptionalBool(root, "isoptional") ?? false),
                SolutionXmlFile.Text(root, "logicalentityname")?.ToLowerInvariant(),
                LabelReader.Read(file, SolutionXmlFile.Child(root, "displayname")),
                file.RelativePath));
        }

        return fields;
    }
}

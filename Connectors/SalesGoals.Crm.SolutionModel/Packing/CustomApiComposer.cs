using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SalesGoals.Crm.SolutionModel.Packing;

/// <summary>Packs customapis/&lt;name&gt;/ folders: each customapi element with its request
/// parameters and response properties nested inside it.</summary>
internal static class CustomApiComposer
{
    public static IEnumerable<XElement> Compose(string root)
    {
        var folder = Path.Combine(root, "customapis");
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var api in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var file = CustomizationsComposer.Load(root, Path.Combine(api, "customapi.xml"));
            file.ExpectRoot("customapi");
            var element = CustomizationsComposer.Annotated(file.Root, file);
            element.Add(Children(root, api, "customapirequestparameters", "customapirequestparameter"));
            element.Add(Children(root, api, "customapiresponseproperties", "customapiresponseproperty"));
            yield return element;
        }
    }

    private static XElement? Children(string root, string api, string folderName, string elementName)
    {
        var paths = CustomizationsComposer.Files(root, Path.Combine(Path.GetRelativePath(root, api), folderName), elementName + ".xml", true).ToList();
        if (paths.Count == 0)
        {
            return null;
        }

        return new XElement(folderName, paths.Select(path =>
        {
            var file = CustomizationsComposer.Load(root, path);
            file.ExpectRoot(elementName);
            return CustomizationsComposer.Annotated(file.Root, file);
        }));
    }
}

using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Xml.Linq;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads localized labels: &lt;displaynames&gt;&lt;displayname description=.. languagecode=../&gt;,
/// &lt;LocalizedNames&gt;&lt;LocalizedName .../&gt; and &lt;labels&gt;&lt;label .../&gt;.</summary>
internal static class LabelReader
{
    public static IReadOnlyDictionary<int, string> Read(SolutionXmlFile file, XElement? container)
    {
        var labels = new SortedDictionary<int, string>();
        if (container is null)
        {
            return labels;
        }

        foreach (var label in container.Elements())
        {
            var description = SolutionXmlFile.Attribute(label, "description");
            var language = SolutionXmlFile.Attribute(label, "languagecode");
            if (language is null)
            {
                throw file.Error(label, $"<{label.Name.LocalName}> has no languagecode");
            }

            var code = file.ParseInt(label, language, "languagecode");
            if (description is not null && !labels.TryAdd(code, description))
            {
                throw file.Error(label, $"label for language {code} is given twice");
            }
        }

        return new ReadOnlyDictionary<int, string>(labels);
    }

    /// <summary>The first of several container element names that is present.</summary>
    public static IReadOnlyDictionary<int, string> ReadFirst(SolutionXmlFile file, XElement parent, params string[] containerNames)
    {
        foreach (var name in containerNames)
        {
            var container = SolutionXmlFile.Child(parent, name);
            if (container is not null)
            {
                return Read(file, container);
            }
        }

        return new SortedDictionary<int, string>();
    }
}

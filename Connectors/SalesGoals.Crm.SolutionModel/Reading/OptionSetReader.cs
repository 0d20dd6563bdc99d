using System.Collections.Generic;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads &lt;optionset&gt; elements: global ones (OptionSets/&lt;name&gt;.xml) and the local
/// ones inside an attribute (picklist, state, status, bit).</summary>
internal static class OptionSetReader
{
    public static OptionSetDefinition ReadGlobal(SolutionXmlFile file)
    {
        file.ExpectRoot("optionset");
        var definition = Read(file, file.Root, defaultName: null);
        return definition with { IsGlobal = true };
    }

    public static OptionSetDefinition Read(SolutionXmlFile file, XElement optionSet, string? defaultName)
    {
        var name = SolutionXmlFile.Attribute(optionSet, "Name") ?? defaultName
            ?? throw file.Error(optionSet, "<optionset> has no Name");
        var type = SolutionXmlFile.Text(optionSet, "OptionSetType") ?? "picklist";
        var isGlobal = SolutionXmlFile.Text(optionSet, "IsGlobal") is { } global && file.ParseBool(optionSet, global, "IsGlobal");
        var options = type.ToUpperInvariant() switch
        {
            "STATE" => ReadStates(file, optionSet),
            "STATUS" => ReadStatuses(file, optionSet),
            _ => ReadOptions(file, optionSet),
        };

        var seen = new HashSet<int>();
        foreach (var option in options)
        {
            if (!seen.Add(option.Value))
            {
                throw file.Error(optionSet, $"option set {name} has value {option.Value} twice");
            }
        }

        return new OptionSetDefinition(name, isGlobal, options)
        {
            DisplayNames = LabelReader.ReadFirst(file, optionSet, "displaynames", "LocalizedNames"),
        };
    }

    private static List<OptionDefinition> ReadOptions(SolutionXmlFile file, XElement optionSet)
    {
        var options = new List<OptionDefinition>();
        foreach (var option in SolutionXmlFile.Children(SolutionXmlFile.Child(optionSet, "options"), "option"))
        {
            var value = file.ParseInt(option, file.RequiredAttribute(option, "value"), "option value");
            options.Add(new OptionDefinition(value, LabelReader.ReadFirst(file, option, "labels"), null, null));
        }

        return options;
    }

    private static List<OptionDefinition> ReadStates(SolutionXmlFile file, XElement optionSet)
    {
        var options = new List<OptionDefinition>();
        foreach (var state in SolutionXmlFile.Children(SolutionXmlFile.Child(optionSet, "states"), "state"))
        {
            var value = file.ParseInt(state, file.RequiredAttribute(state, "value"), "state value");
            var defaultStatus = file.ParseInt(state, file.RequiredAttribute(state, "defaultstatus"), "defaultstatus");
            options.Add(new OptionDefinition(value, LabelReader.ReadFirst(file, state, "labels"), null, defaultStatus)
            {
                InvariantName = SolutionXmlFile.Attribute(state, "invariantname"),
            });
        }

        return options;
    }

    private static List<OptionDefinition> ReadStatuses(SolutionXmlFile file, XElement optionSet)
    {
        var options = new List<OptionDefinition>();
        foreach (var status in SolutionXmlFile.Children(SolutionXmlFile.Child(optionSet, "statuses"), "status"))
        {
            var value = file.ParseInt(status, file.RequiredAttribute(status, "value"), "status value");
            var state = file.ParseInt(status, file.RequiredAttribute(status, "state"), "status state");
            options.Add(new OptionDefinition(value, LabelReader.ReadFirst(file, status, "labels"), state, null));
        }

        return options;
    }
}

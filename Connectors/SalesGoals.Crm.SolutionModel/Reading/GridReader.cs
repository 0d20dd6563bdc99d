using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model.App;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads the subgrid and chart controls of a form or dashboard (classid
/// {E7A81278-8635-4d9e-8D4D-59480B391C5B}) and the code components its controlDescriptions name.</summary>
internal static class GridReader
{
    public const string SubgridClassId = "{E7A81278-8635-4d9e-8D4D-59480B391C5B}";

    public static List<GridDefinition> Grids(SolutionXmlFile file, XElement form) =>
        form.Descendants().Where(e => e.Name.LocalName == "control"
                && string.Equals(SolutionXmlFile.Attribute(e, "classid"), SubgridClassId, StringComparison.OrdinalIgnoreCase))
            .Select(control =>
            {
                var parameters = file.RequiredChild(control, "parameters");
                string? Text(string name) => SolutionXmlFile.Text(parameters, name) is { Length: > 0 } text ? text : null;
                Guid? Id(string name) => Text(name) is { } text ? file.ParseGuid(control, text, name) : null;
                return new GridDefinition(file.RequiredAttribute(control, "id"),
                    (Text("TargetEntityType") ?? throw file.Error(control, "the subgrid has no TargetEntityType")).ToLowerInvariant(),
                    Id("ViewId"), Id("VisualizationId"), Text("RelationshipName"));
            })
            .ToList();

    public static List<FormCustomControlDefinition> CustomControls(SolutionXmlFile file, XElement form)
    {
        // The control a description is for: <control uniqueid="{...}" datafieldname="..."/>.
        var bound = form.Descendants().Where(e => e.Name.LocalName == "control" && SolutionXmlFile.Attribute(e, "uniqueid") is not null)
            .ToDictionary(e => SolutionXmlFile.Attribute(e, "uniqueid")!.ToUpperInvariant(), e => SolutionXmlFile.Attribute(e, "datafieldname"));
        var result = new List<FormCustomControlDefinition>();
        foreach (var description in form.Descendants().Where(e => e.Name.LocalName == "controlDescription"))
        {
            var forControl = file.RequiredAttribute(description, "forControl");
            if (!bound.TryGetValue(forControl.ToUpperInvariant(), out var column))
            {
                throw file.Error(description, $"the controlDescription is for control {forControl}, which no control of the form has as its uniqueid");
            }

            foreach (var custom in SolutionXmlFile.Children(description, "customControl").Where(c => SolutionXmlFile.Attribute(c, "name") is not null))
            {
                var parameters = SolutionXmlFile.Child(custom, "parameters")?.Elements()
                    .Where(p => SolutionXmlFile.Attribute(p, "static") != "true")
                    .ToDictionary(p => p.Name.LocalName, p => p.Value.Trim().ToLowerInvariant(), StringComparer.Ordinal)
                    ?? [];
                var formFactor = SolutionXmlFile.Attribute(custom, "formFactor") is { } factor ? file.ParseInt(custom, factor, "formFactor") : 0;
                result.Add(new FormCustomControlDefinition(SolutionXmlFile.Attribute(custom, "name")!, formFactor, column?.ToLowerInvariant(), parameters));
            }
        }

        return result;
    }
}

using System;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model.App;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads Entities/&lt;Name&gt;/Visualizations/{id}.xml: a &lt;visualization&gt; whose
/// datadescription (XML, written escaped as exports do) holds the aggregate fetch and the
/// category/measure collections.</summary>
internal static class ChartReader
{
    public static ChartDefinition Read(SolutionXmlFile file, string table)
    {
        file.ExpectRoot("visualization");
        var root = file.Root;
        var id = file.ParseGuid(root, file.RequiredText(root, "savedqueryvisualizationid"), "savedqueryvisualizationid");
        var dataElement = file.RequiredChild(root, "datadescription");
        XElement data;
        try
        {
            data = dataElement.HasElements ? dataElement.Elements().Single() : XElement.Parse(dataElement.Value);
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException)
        {
            throw file.Error(dataElement, $"the datadescription is not one XML element: {ex.Message}");
        }

        if (data.Name.LocalName != "datadefinition")
        {
            throw file.Error(dataElement, $"the datadescription holds <{data.Name.LocalName}>, not <datadefinition>");
        }

        var entity = data.Descendants("fetch").Select(f => f.Element("entity")).FirstOrDefault()
            ?? throw file.Error(dataElement, "the datadescription has no fetch/entity");
        var entityName = file.RequiredAttribute(entity, "name").ToLowerInvariant();
        if (!entityName.Equals(table, StringComparison.Ordinal))
        {
            throw file.Error(dataElement, $"the chart queries {entityName} but belongs to table {table}");
        }

        var attributes = entity.Elements("attribute").Select(a => new ChartAttribute(
            file.RequiredAttribute(a, "name").ToLowerInvariant(),
            file.RequiredAttribute(a, "alias"),
            SolutionXmlFile.Attribute(a, "aggregate"),
            SolutionXmlFile.Attribute(a, "groupby") == "true",
            SolutionXmlFile.Attribute(a, "dategrouping"))).ToList();
        var filters = entity.Descendants("condition").Select(c => file.RequiredAttribute(c, "attribute").ToLowerInvariant()).ToList();
        var categories = data.Descendants("category").Select(c => file.RequiredAttribute(c, "alias")).ToList();
        var measures = data.Descendants("measure").Select(m => file.RequiredAttribute(m, "alias")).ToList();
        return new ChartDefinition(id, entityName, LabelReader.ReadFirst(file, root, "LocalizedNames"), attributes, categories, measures, filters, file.RelativePath);
    }
}

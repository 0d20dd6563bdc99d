using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads a table's SavedQueries/{id}.xml and FormXml/&lt;type&gt;/{id}.xml files.</summary>
internal static class ViewAndFormReader
{
    public static ViewDefinition ReadView(SolutionXmlFile file, string table)
    {
        file.ExpectRoot("savedqueries");
        var query = file.RequiredChild(file.Root, "savedquery");
        var id = file.ParseGuid(query, file.RequiredText(query, "savedqueryid"), "savedqueryid");
        var fetch = file.RequiredChild(file.RequiredChild(query, "fetchxml"), "fetch");
        var entity = file.RequiredChild(fetch, "entity");
        var entityName = file.RequiredAttribute(entity, "name");
        if (!entityName.Equals(table, StringComparison.OrdinalIgnoreCase))
        {
            throw file.Error(entity, $"the view queries {entityName} but belongs to table {table}");
        }

        var columns = new List<string>();
        void Add(string? name)
        {
            if (name is not null && !columns.Contains(name.ToLowerInvariant()))
            {
                columns.Add(name.ToLowerInvariant());
            }
        }

        foreach (var cell in SolutionXmlFile.Child(query, "layoutxml")?.Descendants().Where(e => e.Name.LocalName == "cell") ?? [])
        {
            // Cells of linked tables are written "alias.column" and are not this table's columns.
            var name = SolutionXmlFile.Attribute(cell, "name");
            Add(name is not null && name.Contains('.', StringComparison.Ordinal) ? null : name);
        }

        foreach (var element in OwnElements(entity))
        {
            Add(element.Name.LocalName switch
            {
                "attribute" or "order" => SolutionXmlFile.Attribute(element, element.Name.LocalName == "order" ? "attribute" : "name"),
                "condition" => SolutionXmlFile.Attribute(element, "attribute"),
                _ => null,
            });
        }

        return new ViewDefinition(
            id,
            file.RequiredInt(query, "querytype"),
            file.OptionalBool(query, "isdefault") ?? false,
            file.OptionalBool(query, "isquickfindquery") ?? false,
            LabelReader.ReadFirst(file, query, "LocalizedNames"),
            columns,
            fetch.ToString(SaveOptions.DisableFormatting));
    }

    public static FormDefinition ReadForm(SolutionXmlFile file, string formType)
    {
        file.ExpectRoot("forms");
        var form = file.RequiredChild(file.Root, "systemform");
        var id = file.ParseGuid(form, file.RequiredText(form, "formid"), "formid");
        var fields = form.Descendants()
            .Where(e => e.Name.LocalName == "control")
            .Select(c => SolutionXmlFile.Attribute(c, "datafieldname")?.ToLowerInvariant())
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var body = SolutionXmlFile.Child(form, "form") ?? form;
        return new FormDefinition(id, formType, LabelReader.ReadFirst(file, form, "LocalizedNames"), fields)
        {
            Grids = GridReader.Grids(file, body),
            CustomControls = GridReader.CustomControls(file, body),
        };
    }

    // The entity's own attributes, orders and conditions; link-entity subtrees belong to other tables.
    private static IEnumerable<XElement> OwnElements(XElement entity)
    {
        foreach (var child in entity.Elements())
        {
            if (child.Name.LocalName == "link-entity")
            {
                continue;
            }

            yield return child;
            foreach (var nested in OwnElements(child))
            {
                yield return nested;
            }
        }
    }
}

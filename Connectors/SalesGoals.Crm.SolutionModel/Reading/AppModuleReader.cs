using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Web;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model.App;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads AppModules/&lt;name&gt;/AppModule.xml and AppModuleSiteMaps/&lt;name&gt;/AppModuleSiteMap.xml.</summary>
internal static class AppModuleReader
{
    public static AppModuleDefinition ReadApp(SolutionXmlFile file)
    {
        file.ExpectRoot("AppModule");
        var root = file.Root;
        var components = SolutionXmlFile.Children(file.RequiredChild(root, "AppModuleComponents"), "AppModuleComponent")
            .Select(c => new AppModuleComponentDefinition(
                file.ParseInt(c, file.RequiredAttribute(c, "type"), "type"),
                SolutionXmlFile.Attribute(c, "schemaName"),
                SolutionXmlFile.Attribute(c, "id") is { } id ? file.ParseGuid(c, id, "id") : null))
            .ToList();
        foreach (var component in components.Where(c => c.SchemaName is null && c.Id is null))
        {
            throw file.Error(root, $"an AppModuleComponent of type {component.Type} has neither schemaName nor id");
        }

        var roles = SolutionXmlFile.Children(SolutionXmlFile.Child(root, "AppModuleRoleMaps"), "Role")
            .Select(r => file.ParseGuid(r, file.RequiredAttribute(r, "id"), "role id"))
            .ToList();
        return new AppModuleDefinition(file.RequiredText(root, "UniqueName"), LabelReader.ReadFirst(file, root, "LocalizedNames"),
            components.AsReadOnly(), roles.AsReadOnly(), file.RelativePath);
    }

    public static SiteMapDefinition ReadSiteMap(SolutionXmlFile file)
    {
        file.ExpectRoot("AppModuleSiteMap");
        var siteMap = file.RequiredChild(file.Root, "SiteMap");
        var areas = SolutionXmlFile.Children(siteMap, "Area").Select(a => Node(file, a, "Area")).ToList();
        return new SiteMapDefinition(file.RequiredText(file.Root, "SiteMapUniqueName"), LabelReader.ReadFirst(file, file.Root, "LocalizedNames"),
            areas.AsReadOnly(), file.RelativePath);
    }

    private static SiteMapNode Node(SolutionXmlFile file, XElement element, string kind)
    {
        var childKind = kind switch { "Area" => "Group", "Group" => "SubArea", _ => null };
        var children = childKind is null ? [] : SolutionXmlFile.Children(element, childKind).Select(c => Node(file, c, childKind)).ToList();
        var node = new SiteMapNode(kind, file.RequiredAttribute(element, "Id"), Titles(file, element), children.AsReadOnly());
        if (kind != "SubArea")
        {
            return node;
        }

        var url = SolutionXmlFile.Attribute(element, "Url");
        var query = url is not null && url.Contains('?', StringComparison.Ordinal) ? HttpUtility.ParseQueryString(url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..]) : null;
        return node with
        {
            Table = SolutionXmlFile.Attribute(element, "Entity")?.ToLowerInvariant(),
            ViewId = query?["viewid"] is { } view ? file.ParseGuid(element, view, "the Url's viewid") : null,
            DashboardId = SolutionXmlFile.Attribute(element, "DefaultDashboard") is { } dashboard ? file.ParseGuid(element, dashboard, "DefaultDashboard") : null,
        };
    }

    // <Titles><Title LCID="1033" Title="..." /></Titles>
    private static ReadOnlyDictionary<int, string> Titles(SolutionXmlFile file, XElement element)
    {
        var titles = new SortedDictionary<int, string>();
        foreach (var title in SolutionXmlFile.Children(SolutionXmlFile.Child(element, "Titles"), "Title"))
        {
            var code = file.ParseInt(title, file.RequiredAttribute(title, "LCID"), "LCID");
            if (!titles.TryAdd(code, file.RequiredAttribute(title, "Title")))
            {
                throw file.Error(title, $"title for language {code} is given twice");
            }
        }

        return new ReadOnlyDictionary<int, string>(titles);
    }
}

using System.Linq;
using SalesGoals.Crm.SolutionModel.Model.App;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads the one-file components: dashboards, code components' .data.xml, environment
/// variable definitions and service endpoints.</summary>
internal static class ComponentReader
{
    public static DashboardDefinition ReadDashboard(SolutionXmlFile file)
    {
        file.ExpectRoot("Dashboard");
        var root = file.Root;
        var id = file.ParseGuid(root, file.RequiredText(root, "FormId"), "FormId");
        var forms = file.RequiredChild(file.RequiredChild(root, "FormXml"), "forms");
        if (SolutionXmlFile.Attribute(forms, "type") != "dashboard")
        {
            throw file.Error(forms, "a dashboard's <forms> must say type=\"dashboard\"");
        }

        var form = file.RequiredChild(forms, "form");
        return new DashboardDefinition(id, LabelReader.ReadFirst(file, root, "LocalizedNames"), GridReader.Grids(file, form), file.RelativePath);
    }

    public static CustomControlDefinition ReadCustomControl(SolutionXmlFile file)
    {
        file.ExpectRoot("CustomControl");
        return new CustomControlDefinition(file.RequiredText(file.Root, "Name"), file.RequiredText(file.Root, "FileName"), file.RelativePath);
    }

    public static EnvironmentVariableDefinition ReadEnvironmentVariable(SolutionXmlFile file)
    {
        file.ExpectRoot("environmentvariabledefinition");
        var root = file.Root;
        return new EnvironmentVariableDefinition(
            file.RequiredAttribute(root, "schemaname"),
            file.RequiredInt(root, "type"),
            SolutionXmlFile.Text(root, "defaultvalue"),
            SolutionXmlFile.Text(root, "isrequired") == "1",
            LabelReader.Read(file, SolutionXmlFile.Child(root, "displayname")),
            file.RelativePath);
    }

    public static ServiceEndpointDefinition ReadServiceEndpoint(SolutionXmlFile file)
    {
        file.ExpectRoot("ServiceEndpoint");
        var root = file.Root;
        return new ServiceEndpointDefinition(
            file.ParseGuid(root, file.RequiredAttribute(root, "ServiceEndpointId"), "ServiceEndpointId"),
            file.RequiredAttribute(root, "Name"),
            file.RequiredInt(root, "Contract"),
            file.OptionalInt(root, "AuthType") ?? 0,
            SolutionXmlFile.Text(root, "NamespaceAddress"),
            SolutionXmlFile.Text(root, "Path"),
            file.RelativePath);
    }
}

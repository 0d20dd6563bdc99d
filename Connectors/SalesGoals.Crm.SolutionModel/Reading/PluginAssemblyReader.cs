using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads PluginAssemblies/&lt;name&gt;-&lt;id&gt;/&lt;name&gt;.dll.data.xml.</summary>
internal static class PluginAssemblyReader
{
    public static PluginAssemblyDefinition Read(SolutionXmlFile file)
    {
        file.ExpectRoot("PluginAssembly");
        var root = file.Root;
        var fullName = file.RequiredAttribute(root, "FullName");
        var id = file.ParseGuid(root, file.RequiredAttribute(root, "PluginAssemblyId"), "PluginAssemblyId");
        var types = new List<PluginTypeDefinition>();
        foreach (var type in SolutionXmlFile.Children(SolutionXmlFile.Child(root, "PluginTypes"), "PluginType"))
        {
            var qualified = file.RequiredAttribute(type, "AssemblyQualifiedName");
            var typeId = file.ParseGuid(type, file.RequiredAttribute(type, "PluginTypeId"), "PluginTypeId");
            var name = SolutionXmlFile.Attribute(type, "Name") ?? TypeNames.TypePart(qualified);
            if (!TypeNames.TypePart(qualified).Equals(name, System.StringComparison.Ordinal))
            {
                throw file.Error(type, $"plug-in type Name {name} does not match AssemblyQualifiedName {qualified}");
            }

            types.Add(new PluginTypeDefinition(typeId, name, qualified, SolutionXmlFile.Text(type, "FriendlyName")));
        }

        return new PluginAssemblyDefinition(id, TypeNames.TypePart(fullName), fullName, SolutionXmlFile.Text(root, "FileName"), types);
    }
}

/// <summary>Splits "Ns.Type, Assembly, Version=..." names.</summary>
internal static class TypeNames
{
    public static string TypePart(string qualifiedName)
    {
        var comma = qualifiedName.IndexOf(',', System.StringComparison.Ordinal);
        return (comma < 0 ? qualifiedName : qualifiedName[..comma]).Trim();
    }
}

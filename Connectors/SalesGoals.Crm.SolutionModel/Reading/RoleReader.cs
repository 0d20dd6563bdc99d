using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads Roles/&lt;name&gt;.xml: &lt;Role id=.. name=..&gt;&lt;RolePrivileges&gt;&lt;RolePrivilege name=.. level=../&gt;.</summary>
internal static class RoleReader
{
    public static SecurityRoleDefinition Read(SolutionXmlFile file)
    {
        file.ExpectRoot("Role");
        var root = file.Root;
        var id = file.ParseGuid(root, file.RequiredAttribute(root, "id"), "role id");
        var name = file.RequiredAttribute(root, "name");
        var privileges = new List<RolePrivilegeDefinition>();
        var seen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var privilege in SolutionXmlFile.Children(SolutionXmlFile.Child(root, "RolePrivileges"), "RolePrivilege"))
        {
            var privilegeName = file.RequiredAttribute(privilege, "name");
            var level = file.RequiredAttribute(privilege, "level");
            var depth = level.ToUpperInvariant() switch
            {
                "BASIC" => RolePrivilegeDepth.Basic,
                "LOCAL" => RolePrivilegeDepth.Local,
                "DEEP" => RolePrivilegeDepth.Deep,
                "GLOBAL" => RolePrivilegeDepth.Global,
                _ => throw file.Error(privilege, $"privilege {privilegeName} has level '{level}', not Basic, Local, Deep or Global"),
            };
            if (!seen.Add(privilegeName))
            {
                throw file.Error(privilege, $"privilege {privilegeName} is listed twice");
            }

            privileges.Add(new RolePrivilegeDefinition(privilegeName, depth));
        }

        return new SecurityRoleDefinition(id, name, privileges) { IsCustomizable = file.OptionalBool(root, "IsCustomizable") };
    }
}

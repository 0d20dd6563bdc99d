using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A security role from Roles/&lt;name&gt;.xml.</summary>
public sealed record SecurityRoleDefinition(Guid Id, string Name, IReadOnlyList<RolePrivilegeDefinition> Privileges)
{
    /// <summary>The role's &lt;IsCustomizable&gt; (every export writes it); null when the file has none.</summary>
    public bool? IsCustomizable { get; init; }
}

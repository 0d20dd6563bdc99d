using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel;

/// <summary>A security role from Roles/&lt;name&gt;.xml.</summary>
public sealed record SecurityRoleDefinition(Guid Id, string Name, IReadOnlyList<RolePrivilegeDefinition> Privileges);

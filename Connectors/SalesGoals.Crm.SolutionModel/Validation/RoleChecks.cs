using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Standard;

namespace SalesGoals.Crm.SolutionModel.Validation;

/// <summary>Role privileges on the solution's own tables must name existing tables, spelled as
/// Dataverse spells them: prv + verb + the table's schema name (prvReadsg_Goal, not prvReadsg_goal).
/// A role file carries &lt;IsCustomizable&gt;, as every export does. Privileges on organization-owned
/// tables have no user or business-unit depth: they are Global.</summary>
internal static class RoleChecks
{
    private static readonly string[] Verbs = ["AppendTo", "Append", "Create", "Read", "Write", "Delete", "Assign", "Share"];

    // Only privileges on prefixed tables are checked: platform privileges (prvReadAccount,
    // prvReadUser...) use the platform's own names, not table logical names.
    public static void Check(SecurityRoleDefinition role, TableCatalog catalog, List<SolutionProblem> problems)
    {
        if (role.IsCustomizable is null)
        {
            problems.Add(new SolutionProblem($"role {role.Name}", "the role has no <IsCustomizable>, which every exported role carries"));
        }

        foreach (var privilege in role.Privileges)
        {
            var verb = Verbs.FirstOrDefault(v => privilege.Name.StartsWith("prv" + v, StringComparison.Ordinal));
            if (verb is null)
            {
                continue;
            }

            var table = privilege.Name[(3 + verb.Length)..];
            if (!table.Contains('_', StringComparison.Ordinal))
            {
                continue;
            }

            if (catalog.Find(table.ToLowerInvariant()) is not { } found)
            {
                problems.Add(new SolutionProblem($"role {role.Name}", $"privilege {privilege.Name} names table {table}, which does not exist"));
            }
            else if (found.Ownership == OwnershipType.OrganizationOwned && privilege.Depth != RolePrivilegeDepth.Global)
            {
                problems.Add(new SolutionProblem($"role {role.Name}",
                    $"privilege {privilege.Name} is {privilege.Depth}, but {found.LogicalName} is organization-owned: its privileges are Global or none"));
            }
            else if (!string.Equals(found.SchemaName, table, StringComparison.Ordinal))
            {
                problems.Add(new SolutionProblem($"role {role.Name}",
                    $"privilege {privilege.Name} must be spelled prv{verb}{found.SchemaName}: Dataverse names privileges from the table's schema name"));
            }
        }
    }
}

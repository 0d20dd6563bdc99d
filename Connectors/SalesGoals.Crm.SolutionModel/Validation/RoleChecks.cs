using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.SolutionModel;

/// <summary>Role privileges on the solution's own tables must name existing tables.</summary>
internal static class RoleChecks
{
    private static readonly string[] Verbs = ["AppendTo", "Append", "Create", "Read", "Write", "Delete", "Assign", "Share"];

    // Only privileges on prefixed tables are checked: platform privileges (prvReadAccount,
    // prvReadUser...) use the platform's own names, not table logical names.
    public static void Check(SecurityRoleDefinition role, TableCatalog catalog, List<SolutionProblem> problems)
    {
        foreach (var privilege in role.Privileges)
        {
            var verb = Verbs.FirstOrDefault(v => privilege.Name.StartsWith("prv" + v, StringComparison.Ordinal));
            if (verb is null)
            {
                continue;
            }

            var table = privilege.Name[(3 + verb.Length)..];
            if (table.Contains('_', StringComparison.Ordinal) && catalog.Find(table) is null)
            {
                problems.Add(new SolutionProblem($"role {role.Name}", $"privilege {privilege.Name} names table {table}, which does not exist"));
            }
        }
    }
}

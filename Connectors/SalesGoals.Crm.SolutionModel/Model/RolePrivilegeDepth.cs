namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>Privilege depth: Basic (user), Local (business unit), Deep (parent: child BUs), Global (organization).</summary>
public enum RolePrivilegeDepth
{
    Basic,
    Local,
    Deep,
    Global,
}

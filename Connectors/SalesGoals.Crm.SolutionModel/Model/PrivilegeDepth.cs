namespace SalesGoals.Crm.SolutionModel;

/// <summary>Privilege depth: Basic (user), Local (business unit), Deep (parent: child BUs), Global (organization).</summary>
public enum PrivilegeDepth
{
    Basic,
    Local,
    Deep,
    Global,
}

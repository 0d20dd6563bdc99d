namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A privilege of a role, named like prvWritesg_goal, with its depth.</summary>
public sealed record RolePrivilegeDefinition(string Name, RolePrivilegeDepth Depth);

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// How much one sg_ApplyGoalPlan execution may do. Dataverse ends a plug-in execution after 2 minutes; the stated bound
/// is <see cref="RequestLimit"/> organization-service requests per execution, nested goal steps included
/// (Tests/SalesGoals.Crm.Plugins.Tests/Planning/ApplyGoalPlanBudgetTests holds it). A plan whose writes exceed
/// <see cref="GoalsPerSlice"/> goals is applied in slices of that many goals: per slice one read of the slice's goals
/// and their parents (In queries of <see cref="KeysPerQuery"/> scope keys), one CreateMultiple / UpdateMultiple per
/// 500 rows, and at most one history row a changed active goal (the audit step) — well under the limit.
/// </summary>
internal static class GoalPlanBudget
{
    public const int RequestLimit = 1_000;

    /// <summary>Goals created, updated or activated by one execution.</summary>
    public const int GoalsPerSlice = 500;

    /// <summary>Rows per CreateMultiple / UpdateMultiple request.</summary>
    public const int RowsPerRequest = 500;

    public const int KeysPerQuery = 200;
}

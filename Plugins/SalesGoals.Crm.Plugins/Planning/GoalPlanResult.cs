namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>What an apply did.</summary>
public sealed class GoalPlanResult
{
    public GoalPlanResult(int created, int updated, int unchanged, int activated)
    {
        Created = created;
        Updated = updated;
        Unchanged = unchanged;
        Activated = activated;
    }

    public int Created { get; }

    public int Updated { get; }

    public int Unchanged { get; }

    public int Activated { get; }
}

namespace SalesGoals.Crm.GoalEngine.Goals;

/// <summary>Lifecycle: Draft → Active → Closed (after the period ends).</summary>
public enum GoalState
{
    Draft = 0,
    Active = 1,
    Closed = 2,
}

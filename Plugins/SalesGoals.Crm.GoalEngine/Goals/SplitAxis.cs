namespace SalesGoals.Crm.GoalEngine.Goals;

/// <summary>The one axis along which a parent goal is split into children.</summary>
public enum SplitAxis
{
    None = 0,
    Time = 1,
    Assignee = 2,
    Dimension = 3,
}

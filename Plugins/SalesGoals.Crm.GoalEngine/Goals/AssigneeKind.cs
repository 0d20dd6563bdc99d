namespace SalesGoals.Crm.GoalEngine.Goals;

/// <summary>Who carries a goal: one user (a rep, or the company owner) or a team.</summary>
public enum AssigneeKind
{
    User = 0,
    Team = 1,
}

using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Decomposition;

/// <summary>
/// One child of an assignee split: capacity is relative (a top rep 2, a new rep 1) and is
/// multiplied by the ramp factor when a hire date is given.
/// </summary>
public sealed record AssigneeShare(Assignee Assignee, decimal Capacity = 1m, LocalDate? HireDate = null)
{
    /// <summary>The user's or team's name, used in the child's name (the id otherwise).</summary>
    public string? DisplayName { get; init; }
}

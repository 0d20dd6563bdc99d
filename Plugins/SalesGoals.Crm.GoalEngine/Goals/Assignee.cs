using System;

namespace SalesGoals.Crm.GoalEngine.Goals;

/// <summary>The user or team a goal belongs to.</summary>
public readonly record struct Assignee(AssigneeKind Kind, Guid Id)
{
    public static Assignee User(Guid userId) => new(AssigneeKind.User, userId);

    public static Assignee Team(Guid teamId) => new(AssigneeKind.Team, teamId);

    public override string ToString() => $"{Kind}:{Id}";
}

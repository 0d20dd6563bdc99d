using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// Facts about the user making a change. IsSystem is for the platform's own writes (applying an
/// approved adjustment, the worker's sync) which are checked when approved, not when applied.
/// </summary>
public sealed record ActingUser(Guid UserId, bool HasGoalManagerRole = false, bool IsSystem = false)
{
    public IReadOnlyCollection<Guid> TeamIds { get; init; } = Array.Empty<Guid>();
}

using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>Which period types lock once Active (a setting; Quarter and Year by default).</summary>
public sealed class LockPolicy
{
    private readonly HashSet<PeriodType> _locking;

    public LockPolicy(IEnumerable<PeriodType> lockingPeriodTypes) => _locking = new HashSet<PeriodType>(lockingPeriodTypes);

    public static LockPolicy Default { get; } = new(new[] { PeriodType.Quarter, PeriodType.Year });

    public IEnumerable<PeriodType> LockingPeriodTypes => _locking.OrderBy(t => t);

    /// <summary>Explicitly locked, or Active (or Closed) with a period type that locks.</summary>
    public bool IsLocked(GoalSnapshot goal) =>
        goal.IsLocked || (goal.State != GoalState.Draft && _locking.Contains(goal.PeriodType));
}

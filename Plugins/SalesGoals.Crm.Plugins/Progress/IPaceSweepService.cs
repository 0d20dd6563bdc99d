using System;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>goals.md §4 "time passes without events": re-evaluates pace of active goals, one page at a time.</summary>
public interface IPaceSweepService
{
    PaceSweepResult Evaluate(Guid? startAfterGoalId, int pageSize);
}

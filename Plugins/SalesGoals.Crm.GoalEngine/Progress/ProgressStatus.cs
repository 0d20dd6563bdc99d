namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>Pace status (goals.md §3). Values are stable (persisted by the plug-ins).</summary>
public enum ProgressStatus
{
    OnTrack = 0,
    Behind = 1,
    AtRisk = 2,
    Achieved = 3,
}

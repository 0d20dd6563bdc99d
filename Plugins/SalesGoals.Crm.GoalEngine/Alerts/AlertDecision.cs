namespace SalesGoals.Crm.GoalEngine.Alerts;

/// <summary>What to do after a goal's progress was re-evaluated.</summary>
public sealed record AlertDecision(bool RaiseAtRisk, bool ResolveAtRisk, bool AnnounceAchieved, bool AnnounceStretch)
{
    public static AlertDecision Nothing { get; } = new(false, false, false, false);

    public bool HasAnything => RaiseAtRisk || ResolveAtRisk || AnnounceAchieved || AnnounceStretch;
}

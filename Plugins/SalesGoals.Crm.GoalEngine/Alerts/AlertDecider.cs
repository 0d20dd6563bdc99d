using SalesGoals.Crm.GoalEngine.Progress;

namespace SalesGoals.Crm.GoalEngine.Alerts;

/// <summary>
/// goals.md §7: one AtRisk alert per episode (not one per event), resolved when the goal leaves
/// AtRisk; reaching the target or the stretch tier is announced once per crossing.
/// </summary>
public static class AlertDecider
{
    /// <param name="atRiskAlertOpen">Whether an unresolved AtRisk alert already exists for the goal.</param>
    public static AlertDecision Decide(Tier previousTier, bool atRiskAlertOpen, ProgressStatus newStatus, Tier newTier)
    {
        var raise = newStatus == ProgressStatus.AtRisk && !atRiskAlertOpen;
        var resolve = newStatus != ProgressStatus.AtRisk && atRiskAlertOpen;
        var achieved = newTier >= Tier.Target && previousTier < Tier.Target;
        var stretch = newTier == Tier.Stretch && previousTier < Tier.Stretch;
        return raise || resolve || achieved || stretch
            ? new AlertDecision(raise, resolve, achieved, stretch)
            : AlertDecision.Nothing;
    }
}

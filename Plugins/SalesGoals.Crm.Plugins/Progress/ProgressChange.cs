using SalesGoals.Crm.GoalEngine.Progress;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>A goal's tier and pace status before a recomputation, and the new result (null when the goal has no valid period or target).</summary>
public sealed record ProgressChange(Tier OldTier, ProgressStatus? OldStatus, ProgressResult? Result);

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Whether a goal has ledger rows (recorded results) and goal-history rows (applied adjustments, direct tier edits).</summary>
public sealed record GoalHistoryFacts(bool HasResults, bool HasChanges);

namespace SalesGoals.Crm.GoalEngine.Adjustments;

/// <summary>Why targets change (goals.md §6). Values are stable.</summary>
public enum AdjustmentReason
{
    MarketChange = 1,
    TeamChange = 2,
    NewOpportunity = 3,
    Correction = 4,
}

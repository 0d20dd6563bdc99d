namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>How a target compares with the same scope's last comparable period.</summary>
public enum AchievabilityRating
{
    NoHistory = 0,
    WithinRange = 1,
    Aggressive = 2,
    Unrealistic = 3,
}

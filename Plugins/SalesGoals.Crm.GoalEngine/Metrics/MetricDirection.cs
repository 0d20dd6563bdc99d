namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>Most metrics are better when higher; a sales cycle is better when shorter.</summary>
public enum MetricDirection
{
    HigherIsBetter = 0,
    LowerIsBetter = 1,
}

namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>Amount (money, summed), Count (whole numbers, summed) or Ratio (numerator / denominator, never summed).</summary>
public enum MetricKind
{
    Amount = 0,
    Count = 1,
    Ratio = 2,
}

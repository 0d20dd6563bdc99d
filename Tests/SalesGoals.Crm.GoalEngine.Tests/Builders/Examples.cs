using SalesGoals.Crm.GoalEngine.Calendars;

namespace SalesGoals.Crm.GoalEngine.Tests.Builders;

/// <summary>Shared inputs of goals.md §8's worked examples.</summary>
public static class Examples
{
    /// <summary>E5's monthly weights (Jan..Dec); they sum to 12.</summary>
    public static readonly decimal[] E5Weights = { 0.6m, 0.5m, 1.2m, 1.3m, 1.3m, 1.0m, 0.9m, 0.9m, 1.1m, 1.1m, 1.0m, 1.1m };

    public static SeasonalityProfile E5Profile { get; } = new("e5-building-materials", E5Weights);
}

using System;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// Growth over the last comparable period above which a target is flagged: by default more than
/// 30 % is aggressive and more than 60 % unrealistic.
/// </summary>
public sealed record AchievabilityThresholds
{
    public AchievabilityThresholds(decimal aggressiveAbovePercent = 30m, decimal unrealisticAbovePercent = 60m)
    {
        if (aggressiveAbovePercent < 0m || unrealisticAbovePercent < aggressiveAbovePercent)
        {
            throw new ArgumentException("Thresholds must satisfy 0 ≤ aggressive ≤ unrealistic.", nameof(unrealisticAbovePercent));
        }

        AggressiveAbovePercent = aggressiveAbovePercent;
        UnrealisticAbovePercent = unrealisticAbovePercent;
    }

    public static AchievabilityThresholds Default { get; } = new();

    public decimal AggressiveAbovePercent { get; }

    public decimal UnrealisticAbovePercent { get; }
}

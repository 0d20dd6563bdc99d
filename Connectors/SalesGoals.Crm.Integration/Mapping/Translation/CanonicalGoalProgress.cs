using System;
using System.Collections.Generic;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>A <see cref="GoalProgressRow"/> as canonical field values, for writing to an external goal object.</summary>
public static class CanonicalGoalProgress
{
    public static IReadOnlyDictionary<string, object> From(GoalProgressRow row)
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase)
        {
            [CanonicalGoalField.GoalId] = row.GoalId.ToString("D"),
            [CanonicalGoalField.Name] = row.Name,
            [CanonicalGoalField.Owner] = new ExternalUserRef(row.OwnerExternalId),
            [CanonicalGoalField.PeriodType] = row.PeriodType,
            [CanonicalGoalField.PeriodStart] = row.PeriodStart,
            [CanonicalGoalField.PeriodEnd] = row.PeriodEnd,
            [CanonicalGoalField.Metric] = row.MetricCode,
            [CanonicalGoalField.Target] = row.Target,
            [CanonicalGoalField.Actual] = row.Actual,
            [CanonicalGoalField.AttainmentPercent] = row.AttainmentPercent,
            [CanonicalGoalField.ExpectedToDate] = row.ExpectedToDate,
            [CanonicalGoalField.PaceStatus] = row.PaceStatus,
            [CanonicalGoalField.Tier] = row.Tier,
            [CanonicalGoalField.ComputedOn] = row.ComputedOn,
        };
        if (row.CurrencyCode is { } currency)
        {
            values[CanonicalGoalField.Currency] = currency;
        }

        if (row.BaseValue is { } baseValue)
        {
            values[CanonicalGoalField.BaseValue] = baseValue;
        }

        if (row.StretchValue is { } stretch)
        {
            values[CanonicalGoalField.StretchValue] = stretch;
        }

        return values;
    }
}

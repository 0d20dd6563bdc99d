using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Goals;

namespace SalesGoals.Crm.Zoho.Tests.Infrastructure;

/// <summary>Builds goal-progress rows for a Zoho owner.</summary>
public static class GoalRows
{
    public static GoalProgressRow One(string ownerId, int index = 0, string paceStatus = "OnTrack") => new()
    {
        GoalId = new Guid(index + 1, 0x5a1e, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 1),
        Name = $"Q2 revenue #{index}",
        OwnerExternalId = ownerId,
        PeriodType = "Quarter",
        PeriodStart = new DateOnly(2026, 4, 1),
        PeriodEnd = new DateOnly(2026, 6, 30),
        MetricCode = "won_revenue",
        CurrencyCode = "USD",
        Target = 100_000m + index,
        StretchValue = 120_000m,
        Actual = 42_000m,
        AttainmentPercent = 42m,
        ExpectedToDate = 50_000m,
        PaceStatus = paceStatus,
        Tier = "Base",
        ComputedOn = new DateTimeOffset(2026, 5, 15, 6, 0, 0, TimeSpan.Zero),
    };

    public static List<GoalProgressRow> Many(string ownerId, int count) =>
        Enumerable.Range(0, count).Select(i => One(ownerId, i)).ToList();
}

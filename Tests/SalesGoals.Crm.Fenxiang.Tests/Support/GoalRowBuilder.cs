using System;
using SalesGoals.Crm.Integration.Goals;

namespace SalesGoals.Crm.Fenxiang.Tests.Support;

/// <summary>Builds goal-progress rows with plausible values.</summary>
public sealed class GoalRowBuilder
{
    private GoalProgressRow _row = new()
    {
        GoalId = Guid.NewGuid(),
        Name = "Q2 won revenue",
        OwnerExternalId = FenxiangTestHost.AdminOpenUserId,
        PeriodType = "Quarter",
        PeriodStart = new DateOnly(2026, 4, 1),
        PeriodEnd = new DateOnly(2026, 6, 30),
        MetricCode = "won_revenue",
        CurrencyCode = "CNY",
        Target = 1_000_000m,
        Actual = 250_000.5m,
        AttainmentPercent = 25.00005m,
        ExpectedToDate = 300_000m,
        PaceStatus = "Behind",
        Tier = "None",
        ComputedOn = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero),
    };

    public GoalRowBuilder WithId(Guid id)
    {
        _row = _row with { GoalId = id };
        return this;
    }

    public GoalRowBuilder OwnedBy(string ownerExternalId)
    {
        _row = _row with { OwnerExternalId = ownerExternalId };
        return this;
    }

    public GoalRowBuilder WithActual(decimal actual)
    {
        _row = _row with { Actual = actual };
        return this;
    }

    public GoalRowBuilder ForMonth(int year, int month, decimal target)
    {
        var start = new DateOnly(year, month, 1);
        _row = _row with { PeriodType = "Month", PeriodStart = start, PeriodEnd = start.AddMonths(1).AddDays(-1), Target = target };
        return this;
    }

    public GoalProgressRow Build() => _row;
}

using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

[TestClass]
public class AchievabilityRulesTests
{
    [TestMethod]
    [DataRow(1_100_000, 1_000_000, AchievabilityRating.WithinRange)]
    [DataRow(1_300_000, 1_000_000, AchievabilityRating.WithinRange)]
    [DataRow(1_300_001, 1_000_000, AchievabilityRating.Aggressive)]
    [DataRow(1_600_001, 1_000_000, AchievabilityRating.Unrealistic)]
    [DataRow(1_000_000, 0, AchievabilityRating.NoHistory)]
    public void Rate_TargetAgainstLastPeriod_FlagsGrowth(int target, int last, AchievabilityRating expected)
    {
        Assert.AreEqual(expected, AchievabilityRules.Rate(target, last, AchievabilityThresholds.Default));
    }

    [TestMethod]
    public void Rate_NoHistory_IsNoHistory()
    {
        Assert.AreEqual(AchievabilityRating.NoHistory, AchievabilityRules.Rate(1m, null, AchievabilityThresholds.Default));
    }

    [TestMethod]
    public void Rate_SalesCycleHalved_IsUnrealisticBecauseLowerIsBetter()
    {
        Assert.AreEqual(AchievabilityRating.Unrealistic, AchievabilityRules.Rate(20m, 40m, AchievabilityThresholds.Default, MetricDirection.LowerIsBetter));
    }

    [TestMethod]
    [DataRow(PeriodType.Quarter, "2026-04-01", "2026-06-30", "2025-04-01", "2025-06-30")]
    [DataRow(PeriodType.Month, "2026-02-01", "2026-02-28", "2025-02-01", "2025-02-28")]
    [DataRow(PeriodType.Week, "2026-03-02", "2026-03-08", "2025-03-03", "2025-03-09")]
    [DataRow(PeriodType.Week, "2026-03-30", "2026-03-31", "2025-03-31", "2025-04-01")]
    [DataRow(PeriodType.Custom, "2026-01-10", "2026-02-10", "2025-01-10", "2025-02-10")]
    public void ComparablePeriod_Period_IsSamePeriodOneYearEarlier(PeriodType type, string start, string end, string expectedStart, string expectedEnd)
    {
        var comparable = AchievabilityRules.ComparablePeriod(new Period(type, D(start), D(end)), FiscalCalendar.Gregorian);

        Assert.AreEqual(new Period(type, D(expectedStart), D(expectedEnd)), comparable);
    }
}

using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

/// <summary>
/// Rule 7 at its edges: growth exactly on each threshold, no usable history, the lower-is-better
/// ratio, the thresholds' own range, the warning's rounded figure, and last year's week when this
/// year has a 53rd one.
/// </summary>
[TestClass]
public class AchievabilityBoundaryTests
{
    [TestMethod]
    [DataRow(130.0, 100.0, MetricDirection.HigherIsBetter, 30.0)]
    [DataRow(90.0, 100.0, MetricDirection.HigherIsBetter, -10.0)]
    [DataRow(40.0, 60.0, MetricDirection.LowerIsBetter, 50.0)]
    [DataRow(80.0, 60.0, MetricDirection.LowerIsBetter, -25.0)]
    public void RequiredGrowthPercent_TargetAndLastActual_GrowthInTheMetricsDirection(double target, double last, MetricDirection direction, double expected)
    {
        Assert.AreEqual((decimal)expected, AchievabilityRules.RequiredGrowthPercent((decimal)target, (decimal)last, direction));
    }

    [TestMethod]
    [DataRow(100.0, null)]
    [DataRow(100.0, 0.0)]
    [DataRow(100.0, -5.0)]
    [DataRow(0.0, 100.0)]
    [DataRow(-1.0, 100.0)]
    public void RequiredGrowthPercent_NoUsableFigures_Null(double target, double? last)
    {
        Assert.IsNull(AchievabilityRules.RequiredGrowthPercent((decimal)target, (decimal?)last, MetricDirection.HigherIsBetter));
        Assert.AreEqual(AchievabilityRating.NoHistory, AchievabilityRules.Rate((decimal)target, (decimal?)last, AchievabilityThresholds.Default));
    }

    [TestMethod]
    [DataRow(13_000, AchievabilityRating.WithinRange)]
    [DataRow(13_001, AchievabilityRating.Aggressive)]
    [DataRow(16_000, AchievabilityRating.Aggressive)]
    [DataRow(16_001, AchievabilityRating.Unrealistic)]
    [DataRow(5_000, AchievabilityRating.WithinRange)]
    public void Rate_GrowthOnAndJustAboveEachThreshold_FlaggedOnlyAbove(int target, AchievabilityRating expected)
    {
        Assert.AreEqual(expected, AchievabilityRules.Rate(target, 10_000m, AchievabilityThresholds.Default));
    }

    [TestMethod]
    [DataRow(10.0, 20.0, 110, AchievabilityRating.WithinRange)]
    [DataRow(10.0, 20.0, 111, AchievabilityRating.Aggressive)]
    [DataRow(10.0, 20.0, 120, AchievabilityRating.Aggressive)]
    [DataRow(10.0, 20.0, 121, AchievabilityRating.Unrealistic)]
    [DataRow(0.0, 0.0, 101, AchievabilityRating.Unrealistic)]
    [DataRow(0.0, 0.0, 100, AchievabilityRating.WithinRange)]
    public void Rate_CustomThresholds_UsedInsteadOfTheDefaults(double aggressive, double unrealistic, int target, AchievabilityRating expected)
    {
        var thresholds = new AchievabilityThresholds((decimal)aggressive, (decimal)unrealistic);

        Assert.AreEqual(expected, AchievabilityRules.Rate(target, 100m, thresholds));
        Assert.AreEqual((decimal)aggressive, thresholds.AggressiveAbovePercent);
        Assert.AreEqual((decimal)unrealistic, thresholds.UnrealisticAbovePercent);
    }

    [TestMethod]
    [DataRow(-0.01, 60.0)]
    [DataRow(30.0, 29.99)]
    public void Thresholds_OutOfOrder_ThrowClearError(double aggressive, double unrealistic)
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => new AchievabilityThresholds((decimal)aggressive, (decimal)unrealistic));

        StringAssert.Contains(error.Message, "Thresholds must satisfy 0 ≤ aggressive ≤ unrealistic.");
    }

    [TestMethod]
    public void Thresholds_Default_ThirtyAndSixtyPercent()
    {
        Assert.AreEqual(30m, AchievabilityThresholds.Default.AggressiveAbovePercent);
        Assert.AreEqual(60m, AchievabilityThresholds.Default.UnrealisticAbovePercent);
    }

    [TestMethod]
    [DataRow(1_333_333, RuleMessages.English, "Goal \"Team East\": the target 1,333,333.00 is 33.3% beyond the last comparable period's result of 1,000,000.00. That is aggressive; make sure it is achievable.")]
    [DataRow(1_666_666, RuleMessages.SimplifiedChinese, "目标“Team East”：挑战目标 1,666,666.00 比上一可比周期的实际结果 1,000,000.00 高出 66.7%，可能难以实现，建议降低挑战目标，把超出部分设为超越目标。")]
    public void Check_FlaggedTarget_WarningWithGrowthRoundedToOnePlace(int target, int lcid, string expected)
    {
        var goal = GoalBuilder.AGoal().WithTarget(target).Build() with { Name = "Team East" };

        var problems = AchievabilityRules.Check(goal, 1_000_000m, AchievabilityThresholds.Default).ToList();

        Assert.HasCount(1, problems);
        Assert.AreEqual(RuleSeverity.Warning, problems[0].Severity);
        Assert.AreEqual(expected, RuleMessages.Render(problems[0], lcid));
    }

    [TestMethod]
    [DataRow(1_300_000)]
    [DataRow(900_000)]
    public void Check_TargetWithinRange_NoWarning(int target)
    {
        var goal = GoalBuilder.AGoal().WithTarget(target).Build();

        Assert.IsFalse(AchievabilityRules.Check(goal, 1_000_000m, AchievabilityThresholds.Default).Any());
        Assert.IsFalse(AchievabilityRules.Check(goal, null, AchievabilityThresholds.Default).Any());
    }

    [TestMethod]
    public void Check_ShorterSalesCycle_FlaggedAgainstLastYearsLongerOne()
    {
        var goal = GoalBuilder.AGoal().WithMetric(MetricCodes.SalesCycleLength).WithPrecision(0).WithTiers(null, 30m, null).Build() with { Name = "Cycle" };

        var problem = AchievabilityRules.Check(goal, 45m, AchievabilityThresholds.Default, MetricDirection.LowerIsBetter).Single();

        Assert.AreEqual(RuleCode.TargetAggressive, problem.Code);
        StringAssert.Contains(RuleMessages.Render(problem, RuleMessages.English), "the target 30 is 50% beyond the last comparable period's result of 45.");
    }

    [TestMethod]
    [DataRow(PeriodType.Week, "2026-12-28", "2027-01-03", "2025-12-22", "2025-12-28")]
    [DataRow(PeriodType.Week, "2027-01-01", "2027-01-03", "2025-12-26", "2025-12-28")]
    [DataRow(PeriodType.Week, "2027-01-04", "2027-01-10", "2025-12-29", "2026-01-04")]
    [DataRow(PeriodType.Day, "2024-02-29", "2024-02-29", "2023-02-28", "2023-02-28")]
    [DataRow(PeriodType.Year, "2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31")]
    public void ComparablePeriod_AroundYearEndsAndLeapDays_SameWeekNumberOrDateAYearEarlier(PeriodType type, string start, string end, string expectedStart, string expectedEnd)
    {
        var comparable = AchievabilityRules.ComparablePeriod(new Period(type, D(start), D(end)), FiscalCalendar.Gregorian);

        Assert.AreEqual(new Period(type, D(expectedStart), D(expectedEnd)), comparable);
    }

    [TestMethod]
    public void ComparablePeriod_AprilFiscalQuarter_TheSameFiscalQuarterAYearEarlier()
    {
        var fiscal = new FiscalCalendar(4);

        var comparable = AchievabilityRules.ComparablePeriod(fiscal.Quarter(2026, 4), fiscal);

        Assert.AreEqual(fiscal.Quarter(2025, 4), comparable);
        Assert.AreEqual(new Period(PeriodType.Quarter, D("2026-01-01"), D("2026-03-31")), comparable);
    }
}

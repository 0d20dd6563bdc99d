using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Progress;

/// <summary>
/// goals.md §3 at its edges: the exact figures a rep sees when the actual sits on expected-to-date,
/// on the target or on a tier, on the first and last day of the period, and for rates where lower
/// is better (sales cycle: target 30 days, base 40, stretch 25).
/// </summary>
[TestClass]
public class ProgressBoundaryTests
{
    private static readonly ProgressEvaluator E5Evaluator = new(DayWeights.For(WorkingCalendar.MondayToFriday, Examples.E5Profile));

    /// <summary>E6: Q1 2026 goal 2,300,000 with E5's Jan–Mar weights, Mon–Fri; expected to date 850,000.00 on Sun 15 Feb.</summary>
    private static ProgressInput E6(decimal actual) => new()
    {
        Period = FiscalCalendar.Gregorian.Quarter(2026, 1),
        Target = 2_300_000m,
        Actual = actual,
        AsOf = D("2026-02-15"),
    };

    private static ProgressInput SalesCycle(decimal? actual, string asOf = "2026-02-15") => E6(0m) with
    {
        Kind = MetricKind.Ratio,
        Direction = MetricDirection.LowerIsBetter,
        Target = 30m,
        Base = 40m,
        Stretch = 25m,
        Actual = actual,
        AsOf = D(asOf),
    };

    [TestMethod]
    [DataRow(850_000.00, 0.0, ProgressStatus.OnTrack)]
    [DataRow(850_000.01, 0.0, ProgressStatus.OnTrack)]
    [DataRow(849_150.00, 0.1, ProgressStatus.Behind)]
    [DataRow(680_000.01, 20.0, ProgressStatus.Behind)]
    [DataRow(679_999.99, 20.0, ProgressStatus.AtRisk)]
    public void Evaluate_E6ActualAroundExpectedToDate_StatusFollowsGap(double actual, double gapPercent, ProgressStatus expected)
    {
        var result = E5Evaluator.Evaluate(E6((decimal)actual));

        Assert.AreEqual((decimal)gapPercent, result.PaceGapPercent);
        Assert.AreEqual(expected, result.Status);
    }

    [TestMethod]
    public void Evaluate_E6ActualOneCentBelowExpected_BehindNotOnTrack()
    {
        var result = E5Evaluator.Evaluate(E6(849_999.99m));

        Assert.IsTrue(result.PaceGap > 0m);
        Assert.AreEqual(ProgressStatus.Behind, result.Status);
    }

    [TestMethod]
    [DataRow(2_299_999.99, ProgressStatus.OnTrack)]
    [DataRow(2_300_000.00, ProgressStatus.Achieved)]
    public void Evaluate_E6ActualAroundTargetMidPeriod_AchievedOnlyAtTarget(double actual, ProgressStatus expected)
    {
        Assert.AreEqual(expected, E5Evaluator.Evaluate(E6((decimal)actual)).Status);
    }

    [TestMethod]
    public void Evaluate_LastDayOneCentShort_BehindWithFullTargetExpected()
    {
        var result = E5Evaluator.Evaluate(E6(2_299_999.99m) with { AsOf = D("2026-03-31") });

        Assert.AreEqual(2_300_000m, result.ExpectedToDate);
        Assert.AreEqual(1m, result.ElapsedShare);
        Assert.AreEqual(100m, result.AttainmentPercent);
        Assert.AreEqual(ProgressStatus.Behind, result.Status);
    }

    [TestMethod]
    public void Evaluate_FirstDayOfQuarter_ExpectsFirstWorkingDaysShare()
    {
        // Thu 1 Jan 2026 is one of January's 22 working days: 2,300,000 × (0.6 / 22) / 2.3.
        var result = E5Evaluator.Evaluate(E6(0m) with { AsOf = D("2026-01-01") });

        Assert.AreEqual(27_272.73m, result.ExpectedToDate);
        Assert.AreEqual(100m, result.PaceGapPercent);
        Assert.AreEqual(ProgressStatus.AtRisk, result.Status);
    }

    [TestMethod]
    public void Evaluate_E6WithoutSales_RunRateZeroAndPipelineOnly()
    {
        var result = E5Evaluator.Evaluate(E6(0m) with { WeightedPipeline = 1_000.005m });

        Assert.AreEqual(0m, result.RunRateProjection);
        Assert.AreEqual(1_000.01m, result.PipelineProjection);
        Assert.AreEqual(0m, result.AttainmentPercent);
    }

    [TestMethod]
    [DataRow("2026-03-07", 5)]
    [DataRow("2026-03-08", 10)]
    [DataRow("2026-03-06", 0)]
    public void ExpectedToDate_WeekendOnlyPeriod_FillsByCalendarDays(string asOf, int expected)
    {
        var weekend = Custom("2026-03-07", "2026-03-08");

        Assert.AreEqual((decimal)expected, E5Evaluator.ExpectedToDate(weekend, 10m, D(asOf), 0));
    }

    [TestMethod]
    [DataRow(40.0, 75.0)]
    [DataRow(24.0, 125.0)]
    [DataRow(30.0, 100.0)]
    public void Evaluate_SalesCycleAttainment_IsTargetOverActual(double actualDays, double attainment)
    {
        var result = E5Evaluator.Evaluate(SalesCycle((decimal)actualDays));

        Assert.AreEqual((decimal)attainment, result.AttainmentPercent);
    }

    [TestMethod]
    public void Evaluate_SalesCycleOfZeroDays_NoAttainmentButAhead()
    {
        var result = E5Evaluator.Evaluate(SalesCycle(0m));

        Assert.IsNull(result.AttainmentPercent);
        Assert.AreEqual(-100m, result.PaceGapPercent);
        Assert.AreEqual(ProgressStatus.OnTrack, result.Status);
        Assert.AreEqual(Tier.Stretch, result.Tier);
    }

    [TestMethod]
    [DataRow(40.5, Tier.None)]
    [DataRow(40.0, Tier.Base)]
    [DataRow(30.5, Tier.Base)]
    [DataRow(30.0, Tier.Target)]
    [DataRow(25.5, Tier.Target)]
    [DataRow(25.0, Tier.Stretch)]
    public void Evaluate_SalesCycleOnAndNextToTiers_LowerIsBetterTier(double actualDays, Tier expected)
    {
        Assert.AreEqual(expected, E5Evaluator.Evaluate(SalesCycle((decimal)actualDays)).Tier);
    }

    [TestMethod]
    [DataRow(400_000.00, Tier.Base)]
    [DataRow(499_999.99, Tier.Base)]
    [DataRow(500_000.00, Tier.Target)]
    [DataRow(599_999.99, Tier.Target)]
    public void Evaluate_E9ActualOnAndBelowEachTier_HigherIsBetterTier(double actual, Tier expected)
    {
        var input = E6((decimal)actual) with { Target = 500_000m, Base = 400_000m, Stretch = 600_000m };

        Assert.AreEqual(expected, E5Evaluator.Evaluate(input).Tier);
    }

    [TestMethod]
    public void Evaluate_TiersNotSet_OnlyTargetCanBeReached()
    {
        var input = E6(2_400_000m) with { Base = null, Stretch = null };

        Assert.AreEqual(Tier.Target, E5Evaluator.Evaluate(input).Tier);
        Assert.AreEqual(Tier.None, E5Evaluator.Evaluate(input with { Actual = 2_000_000m }).Tier);
    }

    [TestMethod]
    [DataRow("2026-03-31", 30.0, ProgressStatus.Achieved)]
    [DataRow("2026-03-31", 31.0, ProgressStatus.Behind)]
    [DataRow("2026-03-31", 36.0, ProgressStatus.AtRisk)]
    [DataRow("2026-03-30", 30.0, ProgressStatus.OnTrack)]
    [DataRow("2026-01-01", 29.0, ProgressStatus.OnTrack)]
    public void Evaluate_SalesCycleStatus_AchievedOnlyOnceThePeriodIsOver(string asOf, double actualDays, ProgressStatus expected)
    {
        Assert.AreEqual(expected, E5Evaluator.Evaluate(SalesCycle((decimal)actualDays, asOf)).Status);
    }

    [TestMethod]
    public void Evaluate_SalesCycleOnFirstDay_WholeTargetExpected()
    {
        var result = E5Evaluator.Evaluate(SalesCycle(33m, "2026-01-01"));

        Assert.AreEqual(30m, result.ExpectedToDate);
        Assert.AreEqual(10m, result.PaceGapPercent);
        Assert.AreEqual(90.91m, result.AttainmentPercent);
    }

    [TestMethod]
    public void Evaluate_SalesCycleBeforeStart_NothingExpectedNoGap()
    {
        var result = E5Evaluator.Evaluate(SalesCycle(45m, "2025-12-31"));

        Assert.AreEqual(0m, result.ExpectedToDate);
        Assert.AreEqual(0m, result.ElapsedShare);
        Assert.IsNull(result.PaceGap);
        Assert.IsNull(result.AttainmentPercent);
        Assert.AreEqual(ProgressStatus.OnTrack, result.Status);
    }

    [TestMethod]
    public void Evaluate_RatioProjections_RunRateIsTheRateAndNoPipeline()
    {
        var result = E5Evaluator.Evaluate(SalesCycle(33m) with { WeightedPipeline = 500m });

        Assert.AreEqual(33m, result.RunRateProjection);
        Assert.IsNull(result.PipelineProjection);
        Assert.AreEqual(33m, result.Actual);
    }

    [TestMethod]
    public void Evaluate_WinRateBelowTarget_GapIsShortfallOverTarget()
    {
        var input = E6(0m) with { Kind = MetricKind.Ratio, Target = 0.4m, Actual = 0.3m };

        var result = E5Evaluator.Evaluate(input);

        Assert.AreEqual(25m, result.PaceGapPercent);
        Assert.AreEqual(75m, result.AttainmentPercent);
        Assert.AreEqual(ProgressStatus.AtRisk, result.Status);
    }
}

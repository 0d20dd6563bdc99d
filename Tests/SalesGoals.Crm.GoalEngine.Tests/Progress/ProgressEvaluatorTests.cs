using System;
using SalesGoals.Crm.GoalEngine.Alerts;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Progress;

[TestClass]
public class ProgressEvaluatorTests
{
    private static readonly ProgressEvaluator E5Evaluator = new(DayWeights.For(WorkingCalendar.MondayToFriday, Examples.E5Profile));

    /// <summary>E6: Q1 2026 goal 2,300,000 with E5's Jan–Mar weights, Mon–Fri, as of Sun 15 Feb 2026.</summary>
    private static ProgressInput E6(decimal actual) => new()
    {
        Period = FiscalCalendar.Gregorian.Quarter(2026, 1),
        Target = 2_300_000m,
        Actual = actual,
        AsOf = D("2026-02-15"),
    };

    [TestMethod]
    public void Evaluate_E6QuarterAsOfMidFebruary_ExpectsEightHundredFiftyThousand()
    {
        var result = E5Evaluator.Evaluate(E6(0m));

        Assert.AreEqual(850_000.00m, result.ExpectedToDate);
    }

    [TestMethod]
    public void Evaluate_E7Actual650000_AtRiskWithOneAlert()
    {
        var result = E5Evaluator.Evaluate(E6(650_000m));
        var first = AlertDecider.Decide(Tier.None, atRiskAlertOpen: false, result.Status, result.Tier);
        var again = AlertDecider.Decide(result.Tier, atRiskAlertOpen: true, result.Status, result.Tier);

        Assert.AreEqual(28.26m, result.AttainmentPercent);
        Assert.AreEqual(23.53m, result.PaceGapPercent);
        Assert.AreEqual(ProgressStatus.AtRisk, result.Status);
        Assert.IsTrue(first.RaiseAtRisk);
        Assert.IsFalse(again.HasAnything);
    }

    [TestMethod]
    public void Evaluate_E8Actual700000_BehindWithoutAlert()
    {
        var result = E5Evaluator.Evaluate(E6(700_000m));
        var decision = AlertDecider.Decide(Tier.None, atRiskAlertOpen: false, result.Status, result.Tier);

        Assert.AreEqual(17.65m, result.PaceGapPercent);
        Assert.AreEqual(ProgressStatus.Behind, result.Status);
        Assert.IsFalse(decision.RaiseAtRisk);
    }

    [TestMethod]
    [DataRow(450_000, Tier.Base)]
    [DataRow(520_000, Tier.Target)]
    [DataRow(610_000, Tier.Stretch)]
    [DataRow(399_999.99, Tier.None)]
    [DataRow(600_000, Tier.Stretch)]
    public void Evaluate_E9TiersBase400kTarget500kStretch600k_ReachesTier(double actual, Tier expected)
    {
        var input = E6((decimal)actual) with { Target = 500_000m, Base = 400_000m, Stretch = 600_000m };

        Assert.AreEqual(expected, E5Evaluator.Evaluate(input).Tier);
    }

    [TestMethod]
    public void Evaluate_BeforeStart_ExpectsNothingAndIsOnTrack()
    {
        var result = E5Evaluator.Evaluate(E6(0m) with { AsOf = D("2025-12-31") });

        Assert.AreEqual(0m, result.ExpectedToDate);
        Assert.IsNull(result.PaceGap);
        Assert.AreEqual(ProgressStatus.OnTrack, result.Status);
        Assert.IsNull(result.RunRateProjection);
    }

    [TestMethod]
    public void Evaluate_AfterEnd_ExpectsFullTarget()
    {
        var result = E5Evaluator.Evaluate(E6(2_000_000m) with { AsOf = D("2026-04-10") });

        Assert.AreEqual(2_300_000m, result.ExpectedToDate);
        Assert.AreEqual(ProgressStatus.Behind, result.Status);
    }

    [TestMethod]
    public void Evaluate_ActualReachesTarget_AchievedEvenEarly()
    {
        Assert.AreEqual(ProgressStatus.Achieved, E5Evaluator.Evaluate(E6(2_300_000m)).Status);
    }

    [TestMethod]
    public void Evaluate_AheadOfPace_OnTrackWithNegativeGap()
    {
        var result = E5Evaluator.Evaluate(E6(900_000m));

        Assert.AreEqual(ProgressStatus.OnTrack, result.Status);
        Assert.IsTrue(result.PaceGap < 0m);
    }

    [TestMethod]
    public void Evaluate_GapExactlyAtThreshold_IsAtRisk()
    {
        var result = E5Evaluator.Evaluate(E6(680_000m));

        Assert.AreEqual(0.2m, result.PaceGap);
        Assert.AreEqual(ProgressStatus.AtRisk, result.Status);
    }

    [TestMethod]
    public void Evaluate_CustomThreshold_ChangesStatus()
    {
        var evaluator = new ProgressEvaluator(DayWeights.For(WorkingCalendar.MondayToFriday, Examples.E5Profile), new ProgressOptions { AtRiskThreshold = 0.25m });

        Assert.AreEqual(ProgressStatus.Behind, evaluator.Evaluate(E6(650_000m)).Status);
    }

    [TestMethod]
    public void Evaluate_E6Projections_FollowSeasonalityAndPipeline()
    {
        var result = E5Evaluator.Evaluate(E6(680_000m) with { WeightedPipeline = 120_000m });

        // Run rate: 680,000 × 2.3 / 0.85.
        Assert.AreEqual(1_840_000.00m, result.RunRateProjection);
        Assert.AreEqual(800_000.00m, result.PipelineProjection);
    }

    [TestMethod]
    public void Evaluate_NonPositiveTarget_ThrowsClearError()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => E5Evaluator.Evaluate(E6(0m) with { Target = 0m }));
    }

    [TestMethod]
    public void ExpectedToDate_DayGoalOnHoliday_FallsBackToCalendarDays()
    {
        var saturday = FiscalCalendar.Day(D("2026-03-07"));

        Assert.AreEqual(0m, E5Evaluator.ExpectedToDate(saturday, 10m, D("2026-03-06"), 0));
        Assert.AreEqual(10m, E5Evaluator.ExpectedToDate(saturday, 10m, D("2026-03-07"), 0));
    }

    [TestMethod]
    public void Evaluate_WinRateMidPeriodAboveTarget_OnTrackNotAchieved()
    {
        var input = E6(0m) with { Kind = MetricKind.Ratio, Target = 0.4m, Actual = 0.5m };

        var result = E5Evaluator.Evaluate(input);

        Assert.AreEqual(ProgressStatus.OnTrack, result.Status);
        Assert.AreEqual(125m, result.AttainmentPercent);
        Assert.AreEqual(ProgressStatus.Achieved, E5Evaluator.Evaluate(input with { AsOf = D("2026-03-31") }).Status);
    }

    [TestMethod]
    public void Evaluate_SalesCycleLongerThanTarget_AtRiskBecauseLowerIsBetter()
    {
        var input = E6(0m) with { Kind = MetricKind.Ratio, Direction = MetricDirection.LowerIsBetter, Target = 30m, Actual = 45m };

        var result = E5Evaluator.Evaluate(input);

        Assert.AreEqual(50m, result.PaceGapPercent);
        Assert.AreEqual(ProgressStatus.AtRisk, result.Status);
        Assert.AreEqual(Tier.None, result.Tier);
    }

    [TestMethod]
    public void Evaluate_RatioWithoutData_OnTrackWithoutAttainment()
    {
        var result = E5Evaluator.Evaluate(E6(0m) with { Kind = MetricKind.Ratio, Target = 0.4m, Actual = null });

        Assert.IsNull(result.AttainmentPercent);
        Assert.AreEqual(ProgressStatus.OnTrack, result.Status);
    }
}

using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Progress;

/// <summary>
/// The at-risk follow-up list and the other progress inputs at their edges: ties in the top list,
/// records on the period's first and last day or at 0 %, how many are asked for, the at-risk
/// threshold's range, and the defaults of an input built from a goal.
/// </summary>
[TestClass]
public class PipelineBoundaryTests
{
    private static readonly Period March = FiscalCalendar.Month(2026, 3);

    private static OpenRecord Deal(string name, decimal value, decimal probability, string? close) =>
        new(Guid.NewGuid(), name, value, probability, close == null ? null : D(close));

    [TestMethod]
    public void Top_EqualWeightedValues_EarlierCloseDateFirstThenNameInOrdinalOrder()
    {
        var records = new[]
        {
            Deal("b-later", 100m, 50m, "2026-03-20"),
            Deal("b", 200m, 25m, "2026-03-10"),
            Deal("B", 50m, 100m, "2026-03-10"),
            Deal("biggest", 1_000m, 10m, "2026-03-31"),
        };

        var top = Pipeline.Top(records, March, 4);

        CollectionAssert.AreEqual(new[] { "biggest", "B", "b", "b-later" }, top.Select(r => r.Name).ToArray());
    }

    [TestMethod]
    [DataRow(-1, 0)]
    [DataRow(0, 0)]
    [DataRow(1, 1)]
    [DataRow(3, 3)]
    [DataRow(10, 3)]
    public void Top_Count_AtMostThatManyNeverNegative(int count, int expected)
    {
        var records = new[] { Deal("a", 10m, 10m, "2026-03-01"), Deal("b", 20m, 10m, "2026-03-02"), Deal("c", 30m, 10m, "2026-03-03") };

        Assert.HasCount(expected, Pipeline.Top(records, March, count));
    }

    [TestMethod]
    [DataRow("2026-03-01", 10.0, true)]
    [DataRow("2026-03-31", 10.0, true)]
    [DataRow("2026-02-28", 10.0, false)]
    [DataRow("2026-04-01", 10.0, false)]
    [DataRow(null, 10.0, false)]
    [DataRow("2026-03-15", 0.0, false)]
    [DataRow("2026-03-15", 0.01, true)]
    public void WeightedValueAndTop_RecordAtTheEdges_CountsOnlyInsideThePeriodAboveZeroPercent(string? close, double probability, bool counts)
    {
        var record = Deal("edge", 200_000m, (decimal)probability, close);

        Assert.AreEqual(counts ? 200_000m * (decimal)probability / 100m : 0m, Pipeline.WeightedValue(new[] { record }, March));
        Assert.HasCount(counts ? 1 : 0, Pipeline.Top(new[] { record }, March, 5));
    }

    [TestMethod]
    [DataRow(80_000.0, 25.0, 20_000.0)]
    [DataRow(1.0, 1.0, 0.01)]
    [DataRow(300.0, 100.0, 300.0)]
    public void WeightedValue_OneRecord_ValueTimesProbabilityPercent(double value, double probability, double expected)
    {
        Assert.AreEqual((decimal)expected, Deal("x", (decimal)value, (decimal)probability, "2026-03-10").WeightedValue);
    }

    [TestMethod]
    [DataRow(0.0)]
    [DataRow(-0.2)]
    [DataRow(1.0001)]
    public void AtRiskThreshold_OutsideZeroToOne_ThrowsClearError(double threshold)
    {
        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new ProgressOptions { AtRiskThreshold = (decimal)threshold });

        StringAssert.Contains(error.Message, "The at-risk threshold is a fraction between 0 (exclusive) and 1.");
    }

    [TestMethod]
    [DataRow(0.0001)]
    [DataRow(1.0)]
    public void AtRiskThreshold_InsideTheRange_Kept(double threshold)
    {
        Assert.AreEqual((decimal)threshold, new ProgressOptions { AtRiskThreshold = (decimal)threshold }.AtRiskThreshold);
    }

    [TestMethod]
    public void AtRiskThreshold_Default_IsTwentyPercent()
    {
        Assert.AreEqual(0.20m, ProgressOptions.Default.AtRiskThreshold);
        Assert.AreEqual(0.20m, new ProgressOptions().AtRiskThreshold);
    }

    [TestMethod]
    public void For_GoalWithoutMetric_AmountHigherIsBetterWithTheGoalsFigures()
    {
        var goal = GoalBuilder.AGoal().WithTiers(80m, 100m, 120m).WithPrecision(0).WithPeriod(March).Build();

        var input = ProgressInput.For(goal, 42m, D("2026-03-15"), weightedPipeline: 7m);

        Assert.AreEqual(March, input.Period);
        Assert.AreEqual(80m, input.Base);
        Assert.AreEqual(100m, input.Target);
        Assert.AreEqual(120m, input.Stretch);
        Assert.AreEqual(42m, input.Actual);
        Assert.AreEqual(D("2026-03-15"), input.AsOf);
        Assert.AreEqual(0, input.Precision);
        Assert.AreEqual(MetricKind.Amount, input.Kind);
        Assert.AreEqual(MetricDirection.HigherIsBetter, input.Direction);
        Assert.AreEqual(7m, input.WeightedPipeline);
    }

    [TestMethod]
    public void For_LowerIsBetterRatioMetric_TakesItsKindAndDirection()
    {
        var goal = GoalBuilder.AGoal().WithMetric(MetricCodes.SalesCycleLength).WithPeriod(March).Build();

        var input = ProgressInput.For(goal, null, D("2026-03-15"), MetricPresets.SalesCycleLength);

        Assert.AreEqual(MetricKind.Ratio, input.Kind);
        Assert.AreEqual(MetricDirection.LowerIsBetter, input.Direction);
        Assert.IsNull(input.Actual);
    }

    [TestMethod]
    public void For_GoalWithoutPeriod_ThrowsClearError()
    {
        var goal = GoalBuilder.AGoal().Build() with { Period = null };

        var error = Assert.ThrowsExactly<ArgumentException>(() => ProgressInput.For(goal, 1m, D("2026-03-15")));

        StringAssert.Contains(error.Message, "The goal has no period.");
        Assert.AreEqual("goal", error.ParamName);
    }

    [TestMethod]
    [DataRow(1.0, 0.0, null)]
    [DataRow(1.0, -5.0, null)]
    [DataRow(1.0, 3.0, 33.33)]
    [DataRow(2.0, 3.0, 66.67)]
    [DataRow(0.0, 0.01, 0.0)]
    public void MonthCompletionRatePercent_Target_NullUnlessPositiveElseRoundedToTwoPlaces(double actual, double target, double? expected)
    {
        Assert.AreEqual((decimal?)expected, ReportFigures.MonthCompletionRatePercent((decimal)actual, (decimal)target));
    }

    [TestMethod]
    [DataRow(90.0, 120.0, -25.0)]
    [DataRow(1.0, 3.0, -66.67)]
    [DataRow(3.0, -1.0, -400.0)]
    public void WeekOverWeekChangePercent_ThisAndLastWeek_SignedChangeRoundedToTwoPlaces(double thisWeek, double lastWeek, double expected)
    {
        Assert.AreEqual((decimal)expected, ReportFigures.WeekOverWeekChangePercent((decimal)thisWeek, (decimal)lastWeek));
    }
}

using System;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Metrics;

/// <summary>
/// Metrics defined by an organization (not presets): a duration in the denominator needs a creation
/// date too, a denominator-only state counts only there, and a measure kind the engine does not
/// know is refused instead of guessed.
/// </summary>
[TestClass]
public class CustomMetricContributionTests
{
    private static readonly Guid Rep = Guid.NewGuid();

    private static GoalSnapshot Leaf(string code) => GoalBuilder.AGoal().WithAssignee(Assignee.User(Rep)).WithMetric(code)
        .WithPeriod(FiscalCalendar.Month(2026, 3)).Build();

    private static MetricDefinition Metric(MetricMeasure numerator, MetricMeasure? denominator) => new()
    {
        Code = "custom",
        Kind = MetricKind.Ratio,
        Source = SourceKind.Deal,
        Numerator = numerator,
        Denominator = denominator,
    };

    [TestMethod]
    [DataRow(null, null)]
    [DataRow("2026-03-01", 9.0)]
    public void Contribution_DurationInTheDenominator_NeedsACreationDate(string? created, double? days)
    {
        var metric = Metric(new MetricMeasure(MeasureKind.Amount, new[] { SourceStates.Won }), new MetricMeasure(MeasureKind.DurationDays, new[] { SourceStates.Won }));
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).Worth(900m).Build() with { CreatedDate = created == null ? null : LocalDate.ParseIso(created) };

        var parts = ContributionCalculator.Contribution(Leaf("custom"), metric, fact);

        Assert.AreEqual(days.HasValue ? new MetricTotals(900m, (decimal)days.Value) : null, parts);
    }

    [TestMethod]
    [DataRow(SourceStates.Won, 1.0, 1.0)]
    [DataRow(SourceStates.Lost, 0.0, 1.0)]
    [DataRow(SourceStates.Open, null, null)]
    public void Contribution_StateCountedOnlyInTheDenominator_AddsOnlyThere(string state, double? numerator, double? denominator)
    {
        var metric = Metric(new MetricMeasure(MeasureKind.Count, new[] { SourceStates.Won }), new MetricMeasure(MeasureKind.Count, new[] { "WON", "LOST" }));
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).InState(state).Build();

        var parts = ContributionCalculator.Contribution(Leaf("CUSTOM"), metric, fact);

        Assert.AreEqual(numerator.HasValue ? new MetricTotals((decimal)numerator.Value, (decimal)denominator!.Value) : null, parts);
    }

    [TestMethod]
    public void Contribution_UnknownMeasureKind_RefusedNamingIt()
    {
        var metric = Metric(new MetricMeasure((MeasureKind)99, new[] { SourceStates.Won }), null);

        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() =>
            ContributionCalculator.Contribution(Leaf("custom"), metric, FactBuilder.AWonDeal().OwnedBy(Rep).Build()));

        StringAssert.StartsWith(error.Message, "Unknown measure.");
        Assert.AreEqual((MeasureKind)99, error.ActualValue);
    }

    [TestMethod]
    public void Contribution_MetricOfAnotherSource_DoesNotCount()
    {
        var metric = Metric(new MetricMeasure(MeasureKind.Count, new[] { SourceStates.Won }), null) with { Source = SourceKind.Lead };

        Assert.IsNull(ContributionCalculator.Contribution(Leaf("custom"), metric, FactBuilder.AWonDeal().OwnedBy(Rep).Build()));
    }
}

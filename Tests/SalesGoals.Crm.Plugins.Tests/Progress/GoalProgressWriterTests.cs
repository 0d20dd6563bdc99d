using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Progress;

/// <summary>How a goal's actual is written: a delta added to both parts (a ratio metric shows their quotient), a total set
/// by a recalculation (with its state), a closed ancestor's figures kept final, and goals that cannot be evaluated.</summary>
[TestClass]
public sealed class GoalProgressWriterTests
{
    private static readonly DateTimeOffset MidJanuary = new(2026, 1, 12, 2, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void Win_AverageDealSizeGoal_AddsToBothPartsAndShowsTheirRatio()
    {
        // Arrange
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 deal size").Metric(MetricCodes.AverageDealSize).Tiers(null, 80_000m, null).Active().Create();

        // Act
        world.Win(world.Opportunity(world.Rep), 100_000m, new DateTime(2026, 1, 5));
        world.Win(world.Opportunity(world.Rep), 50_000m, new DateTime(2026, 1, 6));

        // Assert
        var row = world.Read(goal);
        Assert.AreEqual(150_000m, row.GetAttributeValue<decimal>(F.ActualNumerator));
        Assert.AreEqual(2m, row.GetAttributeValue<decimal>(F.ActualDenominator));
        Assert.AreEqual(75_000m, row.GetAttributeValue<decimal>(F.Actual), "150,000 over 2 deals");
    }

    [TestMethod]
    public void EvaluatePace_AverageDealSizeGoal_KeepsBothParts()
    {
        // Arrange
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 deal size").Metric(MetricCodes.AverageDealSize).Tiers(null, 80_000m, null).Active().Create();
        world.Win(world.Opportunity(world.Rep), 100_000m, new DateTime(2026, 1, 5));
        world.Win(world.Opportunity(world.Rep), 50_000m, new DateTime(2026, 1, 6));

        // Act
        world.EvaluatePace(new DateTime(2026, 2, 15, 12, 0, 0, DateTimeKind.Utc));

        // Assert
        var row = world.Read(goal);
        Assert.AreEqual(2m, row.GetAttributeValue<decimal>(F.ActualDenominator));
        Assert.AreEqual(75_000m, row.GetAttributeValue<decimal>(F.Actual));
    }

    [TestMethod]
    public void EvaluatePace_WonDealCountGoal_ExpectsWholeDeals()
    {
        // Arrange: 10 deals in Q1 (64 weekdays); by Thursday 12 Feb 31 of them have passed: 4.84 deals, shown as 5.
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 deals").Metric(MetricCodes.WonDealCount).Tiers(null, 10m, null).Active().Create();

        // Act
        world.EvaluatePace(new DateTime(2026, 2, 12, 12, 0, 0, DateTimeKind.Utc));

        // Assert
        Assert.AreEqual(5m, world.Read(goal).GetAttributeValue<decimal>(F.ExpectedToDate));
    }

    [TestMethod]
    public void Win_LeafUnderAClosedParent_LeafCountsAndTheParentStaysFinal()
    {
        // Arrange: the parent was closed with 70,000; its leaf is still active.
        var world = GoalWorld.Create(MidJanuary);
        var parent = world.Env.Seed.Row(world.Goal("East").Assignee(world.Manager).Tiers(null, 500_000m, null).SplitBy(100000001)
            .With(F.GoalStatus, new OptionSetValue(SgGoal.Options.StatusClosed)).With(F.Actual, 70_000m).With(F.ActualNumerator, 70_000m).Build());
        var leaf = world.Env.Seed.Row(world.Goal("East – Ray").Tiers(null, 500_000m, null).Parent(parent).Active().Build());

        // Act
        world.Win(world.Opportunity(world.Rep), 30_000m, new DateTime(2026, 1, 5));

        // Assert
        Assert.AreEqual(30_000m, world.Actual(leaf));
        var row = world.Read(parent);
        Assert.AreEqual(70_000m, row.GetAttributeValue<decimal>(F.Actual), "a closed goal's figures are final");
        Assert.AreEqual(70_000m, row.GetAttributeValue<decimal>(F.ActualNumerator));
        Assert.IsNull(row.GetAttributeValue<OptionSetValue>(F.PaceStatus), "not re-evaluated");
    }

    [TestMethod]
    [DataRow(false, DisplayName = "active leaf")]
    [DataRow(true, DisplayName = "closed leaf: a recalculation still repairs it")]
    public void Recalculate_LeafWithADriftedActual_IsSetToItsLedgerAndMarkedDone(bool closed)
    {
        // Arrange
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1 East").Active().Create();
        world.Win(world.Opportunity(world.Rep), 40_000m, new DateTime(2026, 1, 5));
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal) { [F.Actual] = 3m, [F.ActualNumerator] = 3m });
        if (closed)
        {
            world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal) { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusClosed) });
        }

        // Act
        var actual = world.Recalculate(goal);

        // Assert
        var row = world.Read(goal);
        Assert.AreEqual(40_000m, actual);
        Assert.AreEqual(40_000m, row.GetAttributeValue<decimal>(F.Actual));
        Assert.AreEqual(SgGoal.Options.RecalcDone, row.GetAttributeValue<OptionSetValue>(F.RecalcStatus)?.Value);
    }

    [TestMethod]
    public void Recalculate_ParentWithADriftedActual_BecomesTheSumOfItsChildren()
    {
        // Arrange
        var world = GoalWorld.Create(MidJanuary);
        var year = world.Goal("2026").Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Create();
        var q1 = world.Goal("Q1").Tiers(null, 500_000m, null).Parent(year).Active().Create();
        world.Win(world.Opportunity(world.Rep), 30_000m, new DateTime(2026, 1, 5));
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, year) { [F.Actual] = 1m, [F.ActualNumerator] = 1m });

        // Act
        world.Recalculate(year);

        // Assert
        Assert.AreEqual(30_000m, world.Actual(year));
        var leaf = world.Read(q1);
        Assert.AreEqual(30_000m, leaf.GetAttributeValue<decimal>(F.Actual));
        Assert.AreEqual(SgGoal.Options.RecalcDone, leaf.GetAttributeValue<OptionSetValue>(F.RecalcStatus)?.Value, "the leaf's state is written with its actual");
        Assert.IsNotNull(leaf.GetAttributeValue<DateTime?>(F.RecalcFinishedOn));
    }

    [TestMethod]
    public void EvaluatePace_GoalWhoseMetricWasRemoved_IsEvaluatedAsAnAmount()
    {
        // Arrange: a goal row without a metric (its metric deleted), 650,000 of 2,300,000.
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Env.Seed.Row(world.Goal("Q1 2026").Tiers(null, 2_300_000m, null).With(F.MetricId, null)
            .With(F.ActualNumerator, 650_000m).With(F.Actual, 650_000m).Active().Build());

        // Act
        world.EvaluatePace(new DateTime(2026, 2, 15, 12, 0, 0, DateTimeKind.Utc));

        // Assert
        var row = world.Read(goal);
        Assert.AreEqual(650_000m, row.GetAttributeValue<decimal>(F.Actual));
        Assert.AreEqual(28.26m, row.GetAttributeValue<decimal>(F.AttainmentPct));
    }

    [TestMethod]
    [DataRow(0, true, DisplayName = "target 0")]
    [DataRow(500_000, false, DisplayName = "no period")]
    public void EvaluatePace_GoalWithoutAPeriodOrAPositiveTarget_KeepsItsActualWithoutAStatus(int target, bool withPeriod)
    {
        // Arrange: rows loaded straight into the table (the goal rules would refuse them).
        var world = GoalWorld.Create(MidJanuary);
        var builder = world.Goal("Odd").Tiers(null, target, null).With(F.ActualNumerator, 10_000m).With(F.Actual, 10_000m).Active();
        if (!withPeriod)
        {
            builder.With(F.PeriodStart, null).With(F.PeriodEnd, null);
        }

        var goal = world.Env.Seed.Row(builder.Build());

        // Act
        var response = world.EvaluatePace(new DateTime(2026, 2, 15, 12, 0, 0, DateTimeKind.Utc));

        // Assert
        var row = world.Read(goal);
        Assert.AreEqual(1, response.Results[Plugins.Progress.EvaluatePace.EvaluatedOutput]);
        Assert.AreEqual(10_000m, row.GetAttributeValue<decimal>(F.Actual));
        Assert.IsNull(row.GetAttributeValue<OptionSetValue>(F.PaceStatus));
        Assert.IsNull(row.GetAttributeValue<decimal?>(F.AttainmentPct));
    }

    [TestMethod]
    public void Win_LeafAndAncestors_ReadsTheMetricCodesWithTheGoalsNotTheMetricTable()
    {
        // Arrange
        var world = GoalWorld.Create(MidJanuary);
        var year = world.Goal("2026").Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Active().Create();
        world.Goal("Q1").Tiers(null, 500_000m, null).Parent(year).Active().Create();
        var deal = world.Opportunity(world.Rep);

        // Act
        var calls = PluginCalls.During(world.Env, () => world.Win(deal, 30_000m, new DateTime(2026, 1, 5)));

        // Assert
        Assert.AreEqual(30_000m, world.Actual(year));
        Assert.AreEqual(0, calls.QueriesOf(SgMetric.LogicalName));
    }
}

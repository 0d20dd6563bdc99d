using System;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Metrics;

/// <summary>goals.md §1: external actuals (Zoho CRM, Fenxiang deals) feed the same deal metrics as opportunities, and nothing else.</summary>
[TestClass]
public sealed class ExternalActualContributionTests
{
    private static readonly Guid Rep = Guid.NewGuid();

    private static GoalSnapshot RepMarch(string metric) => GoalBuilder.AGoal()
        .WithAssignee(Assignee.User(Rep)).WithMetric(metric).WithPeriod(FiscalCalendar.Month(2026, 3)).Build();

    private static FactBuilder ExternalDeal(string state) =>
        FactBuilder.AWonDeal().From(SourceKind.ExternalDeal).OwnedBy(Rep).InState(state).Worth(50_000m);

    [TestMethod]
    [DataRow(MetricCodes.WonRevenue, SourceStates.Won, 50_000, 0)]
    [DataRow(MetricCodes.WonDealCount, SourceStates.Won, 1, 0)]
    [DataRow(MetricCodes.LostDealCount, SourceStates.Lost, 1, 0)]
    [DataRow(MetricCodes.WinRate, SourceStates.Won, 1, 1)]
    [DataRow(MetricCodes.WinRate, SourceStates.Lost, 0, 1)]
    [DataRow(MetricCodes.AverageDealSize, SourceStates.Won, 50_000, 1)]
    public void Contribution_ExternalDeal_CountsForDealMetricsLikeAnOpportunity(string metric, string state, int numerator, int denominator)
    {
        var external = ExternalDeal(state).Build();
        var opportunity = external with { Source = SourceKind.Deal };

        var parts = ContributionCalculator.Contribution(RepMarch(metric), MetricPresets.Get(metric), external);

        Assert.AreEqual(new MetricTotals(numerator, denominator), parts);
        Assert.AreEqual(ContributionCalculator.Contribution(RepMarch(metric), MetricPresets.Get(metric), opportunity), parts, "same as a native deal");
    }

    [TestMethod]
    [DataRow(SourceFlags.NewCustomer, MetricCodes.NewCustomerRevenue)]
    [DataRow(SourceFlags.RepeatCustomer, MetricCodes.RepeatCustomerRevenue)]
    public void Contribution_ExternalDealWithCustomerFlag_CountsOnlyForItsCustomerMetric(string flag, string metric)
    {
        var fact = ExternalDeal(SourceStates.Won).Flagged(flag).Build();
        var other = metric == MetricCodes.NewCustomerRevenue ? MetricCodes.RepeatCustomerRevenue : MetricCodes.NewCustomerRevenue;

        Assert.AreEqual(50_000m, ContributionCalculator.Contribution(RepMarch(metric), MetricPresets.Get(metric), fact)?.Numerator);
        Assert.IsNull(ContributionCalculator.Contribution(RepMarch(other), MetricPresets.Get(other), fact));
    }

    [TestMethod]
    [DataRow(MetricCodes.CompletedVisits)]
    [DataRow(MetricCodes.LeadsCreated)]
    [DataRow(MetricCodes.CollectedRevenue)]
    public void Contribution_ExternalDeal_DoesNotFeedNonDealMetrics(string metric)
    {
        var fact = ExternalDeal(SourceStates.Won).Build();

        Assert.IsNull(ContributionCalculator.Contribution(RepMarch(metric), MetricPresets.Get(metric), fact));
    }

    [TestMethod]
    public void ReadsFrom_DealMetrics_ReadDealsAndExternalDealsOnly()
    {
        Assert.IsTrue(MetricPresets.WonRevenue.ReadsFrom(SourceKind.Deal));
        Assert.IsTrue(MetricPresets.WonRevenue.ReadsFrom(SourceKind.ExternalDeal));
        Assert.IsFalse(MetricPresets.WonRevenue.ReadsFrom(SourceKind.Payment));
        Assert.IsFalse(MetricPresets.CollectedRevenue.ReadsFrom(SourceKind.ExternalDeal));
        Assert.IsTrue(MetricPresets.CollectedRevenue.ReadsFrom(SourceKind.Payment));
    }

    [TestMethod]
    public void Plan_OpportunityAndExternalDealOfTheSameRep_BothLandOnTheLeaf()
    {
        var leaf = RepMarch(MetricCodes.WonRevenue);
        var native = FactBuilder.AWonDeal().OwnedBy(Rep).Worth(80_000m).Build();
        var external = ExternalDeal(SourceStates.Won).Build();

        var rows = LedgerMath.PlanForGoal(leaf, MetricPresets.WonRevenue, new[] { native, external }, goalCurrencyRate: 0.5m);

        Assert.AreEqual(new MetricTotals(65_000m, 0m), LedgerMath.Recompute(rows));
    }

    [TestMethod]
    public void Contribution_DealWithoutCreationDate_CountsForNoDurationMetricButStillForRevenue()
    {
        var undated = ExternalDeal(SourceStates.Won).Build();
        var dated = ExternalDeal(SourceStates.Won).CreatedOn(new LocalDate(2026, 2, 28)).Build();

        Assert.IsNull(ContributionCalculator.Contribution(RepMarch(MetricCodes.SalesCycleLength), MetricPresets.SalesCycleLength, undated));
        Assert.AreEqual(new MetricTotals(10m, 1m), ContributionCalculator.Contribution(RepMarch(MetricCodes.SalesCycleLength), MetricPresets.SalesCycleLength, dated));
        Assert.AreEqual(50_000m, ContributionCalculator.Contribution(RepMarch(MetricCodes.WonRevenue), MetricPresets.WonRevenue, undated)?.Numerator);
    }
}

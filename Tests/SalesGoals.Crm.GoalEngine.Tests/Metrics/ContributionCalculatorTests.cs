using System;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Metrics;

[TestClass]
public class ContributionCalculatorTests
{
    private static readonly Guid Rep = Guid.NewGuid();
    private static readonly Guid Team = Guid.NewGuid();

    private static GoalSnapshot RepMarch(string metric = MetricCodes.WonRevenue) => GoalBuilder.AGoal()
        .WithAssignee(Assignee.User(Rep)).WithMetric(metric).WithPeriod(FiscalCalendar.Month(2026, 3)).Build();

    [TestMethod]
    public void Contribution_WonDealOfOwnerInPeriod_AddsConvertedAmount()
    {
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).Worth(80_000m).Build();

        var parts = ContributionCalculator.Contribution(RepMarch(), MetricPresets.WonRevenue, fact, goalCurrencyRate: 0.1382m);

        Assert.AreEqual(new MetricTotals(11_056.00m, 0m), parts);
    }

    [TestMethod]
    public void Contribution_ConversionWithFractionOfCent_RoundsToGoalPrecision()
    {
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).Worth(1_000.05m).Build();

        Assert.AreEqual(138.21m, ContributionCalculator.Contribution(RepMarch(), MetricPresets.WonRevenue, fact, 0.1382m)!.Value.Numerator);
    }

    [TestMethod]
    [DataRow("other-owner")]
    [DataRow("outside-period")]
    [DataRow("lost")]
    [DataRow("other-source")]
    [DataRow("other-region")]
    public void Contribution_FactNotMatching_IsNull(string mismatch)
    {
        var goal = RepMarch() with { Dimensions = new GoalDimensions(Region: "East") };
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).WithDimensions(new GoalDimensions(Region: "east"));
        fact = mismatch switch
        {
            "other-owner" => fact.OwnedBy(Guid.NewGuid()),
            "outside-period" => fact.On(D("2026-04-01")),
            "lost" => fact.InState(SourceStates.Lost),
            "other-source" => fact.From(SourceKind.Lead),
            _ => fact.WithDimensions(new GoalDimensions(Region: "West")),
        };

        Assert.IsNull(ContributionCalculator.Contribution(goal, MetricPresets.WonRevenue, fact.Build()));
    }

    [TestMethod]
    public void Contribution_RegionMatchesIgnoringCase_Counts()
    {
        var goal = RepMarch() with { Dimensions = new GoalDimensions(Region: "East") };
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).WithDimensions(new GoalDimensions(Region: "east", ProductLine: "PL-A")).Build();

        Assert.IsNotNull(ContributionCalculator.Contribution(goal, MetricPresets.WonRevenue, fact));
    }

    [TestMethod]
    public void Contribution_TeamGoal_CollectsMembersDeals()
    {
        var goal = RepMarch() with { Assignee = Assignee.Team(Team) };
        var fact = FactBuilder.AWonDeal().OwnedBy(Guid.NewGuid(), Team).Build();

        Assert.AreEqual(80_000m, ContributionCalculator.Contribution(goal, MetricPresets.WonRevenue, fact)!.Value.Numerator);
    }

    [TestMethod]
    [DataRow(SourceStates.Won, 1, 1)]
    [DataRow(SourceStates.Lost, 0, 1)]
    public void Contribution_WinRate_KeepsNumeratorAndDenominator(string state, int numerator, int denominator)
    {
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).InState(state).Build();

        var parts = ContributionCalculator.Contribution(RepMarch(MetricCodes.WinRate), MetricPresets.WinRate, fact);

        Assert.AreEqual(new MetricTotals(numerator, denominator), parts);
    }

    [TestMethod]
    public void Contribution_SalesCycle_AddsDaysFromCreatedToWon()
    {
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).CreatedOn(D("2026-01-09")).Build();

        var parts = ContributionCalculator.Contribution(RepMarch(MetricCodes.SalesCycleLength), MetricPresets.SalesCycleLength, fact);

        Assert.AreEqual(new MetricTotals(60m, 1m), parts);
    }

    [TestMethod]
    public void Contribution_NewCustomersWithoutFlag_DoesNotCount()
    {
        var goal = RepMarch(MetricCodes.NewCustomers);

        Assert.IsNull(ContributionCalculator.Contribution(goal, MetricPresets.NewCustomers, FactBuilder.AWonDeal().OwnedBy(Rep).Build()));
        Assert.AreEqual(1m, ContributionCalculator.Contribution(goal, MetricPresets.NewCustomers, FactBuilder.AWonDeal().OwnedBy(Rep).Flagged(SourceFlags.NewCustomer).Build())!.Value.Numerator);
    }

    [TestMethod]
    public void MetricTotals_RatioOfSummedParts_IsNotSumOfRatios()
    {
        // Rep A wins 1 of 1 (100 %), rep B wins 1 of 3 (33 %): the team wins 2 of 4, not 133 % nor 66 %.
        var team = new MetricTotals(1m, 1m) + new MetricTotals(1m, 3m);

        Assert.AreEqual(0.5m, team.ValueFor(MetricKind.Ratio));
        Assert.IsNull(MetricTotals.Zero.ValueFor(MetricKind.Ratio));
    }

    [TestMethod]
    public void MetricPresets_All_HaveUniqueStableCodesAndBothNames()
    {
        CollectionAssert.AllItemsAreUnique(Array.ConvertAll(System.Linq.Enumerable.ToArray(MetricPresets.All), m => m.Code));
        Assert.AreEqual(12, MetricPresets.All.Count);
        Assert.IsTrue(System.Linq.Enumerable.All(MetricPresets.All, m => m.NameEnglish.Length > 0 && m.NameChinese.Length > 0 && m.Source != SourceKind.None));
        Assert.AreSame(MetricPresets.WinRate, MetricPresets.Get("WIN-RATE"));
    }

    [TestMethod]
    public void MetricPresets_UnknownCode_ThrowsErrorListingKnownCodes()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => MetricPresets.Get("revenue"));

        StringAssert.Contains(error.Message, MetricCodes.WonRevenue);
    }
}

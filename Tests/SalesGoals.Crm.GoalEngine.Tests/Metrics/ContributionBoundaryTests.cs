using System;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Metrics;

/// <summary>
/// goals.md §4 at its edges: a deal closed on the period's first or last day, owned through a
/// team, closed before it was created, converted at a tiny rate; win rate's two parts.
/// </summary>
[TestClass]
public class ContributionBoundaryTests
{
    private static readonly Guid Rep = Guid.NewGuid();
    private static readonly Guid Team = Guid.NewGuid();

    private static GoalSnapshot March(Assignee assignee, string metric = MetricCodes.WonRevenue) => GoalBuilder.AGoal()
        .WithAssignee(assignee).WithMetric(metric).WithPeriod(FiscalCalendar.Month(2026, 3)).Build();

    [TestMethod]
    [DataRow("2026-03-01", true)]
    [DataRow("2026-03-31", true)]
    [DataRow("2026-02-28", false)]
    [DataRow("2026-04-01", false)]
    public void Contribution_CloseDateAtPeriodEdges_CountsFromFirstToLastDay(string closed, bool counts)
    {
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).On(D(closed)).Build();

        Assert.AreEqual(counts, ContributionCalculator.Contribution(March(Assignee.User(Rep)), MetricPresets.WonRevenue, fact).HasValue);
    }

    [TestMethod]
    [DataRow(true, false, true)]
    [DataRow(false, true, true)]
    [DataRow(false, false, false)]
    public void Contribution_TeamGoal_CountsTheTeamsOwnAndItsMembersDeals(bool ownedByTeam, bool memberOfTeam, bool counts)
    {
        var fact = ownedByTeam
            ? FactBuilder.AWonDeal().OwnedBy(Team).Build()
            : FactBuilder.AWonDeal().OwnedBy(Rep, memberOfTeam ? new[] { Team } : new[] { Guid.NewGuid() }).Build();

        Assert.AreEqual(counts, ContributionCalculator.Contribution(March(Assignee.Team(Team)), MetricPresets.WonRevenue, fact).HasValue);
    }

    [TestMethod]
    public void Contribution_RepGoalAndDealOfRepsTeam_DoesNotCount()
    {
        var fact = FactBuilder.AWonDeal().OwnedBy(Guid.NewGuid(), Rep).Build();

        Assert.IsNull(ContributionCalculator.Contribution(March(Assignee.User(Rep)), MetricPresets.WonRevenue, fact));
    }

    [TestMethod]
    [DataRow("2026-02-28", 10.0)]
    [DataRow("2026-03-10", 0.0)]
    [DataRow("2026-03-20", 0.0)]
    public void Contribution_SalesCycle_DaysFromCreatedToWonNeverNegative(string created, double days)
    {
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).CreatedOn(D(created)).Build();

        var parts = ContributionCalculator.Contribution(March(Assignee.User(Rep), MetricCodes.SalesCycleLength), MetricPresets.SalesCycleLength, fact);

        Assert.AreEqual(new MetricTotals((decimal)days, 1m), parts);
    }

    [TestMethod]
    [DataRow("won", 1.0, 1.0)]
    [DataRow("lost", 0.0, 1.0)]
    public void Contribution_WinRate_WonAddsToBothPartsLostOnlyToTheDenominator(string state, double won, double decided)
    {
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).InState(state).Build();

        var parts = ContributionCalculator.Contribution(March(Assignee.User(Rep), MetricCodes.WinRate), MetricPresets.WinRate, fact);

        Assert.AreEqual(new MetricTotals((decimal)won, (decimal)decided), parts);
    }

    [TestMethod]
    [DataRow(0.0)]
    [DataRow(-0.5)]
    public void Contribution_RateNotPositive_ThrowsClearError(double rate)
    {
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).Build();

        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => ContributionCalculator.Contribution(March(Assignee.User(Rep)), MetricPresets.WonRevenue, fact, (decimal)rate));

        StringAssert.Contains(error.Message, "greater than zero");
    }

    [TestMethod]
    [DataRow(10.005, 1.0, 2, 10.01)]
    [DataRow(100.0, 0.00001, 2, 0.0)]
    [DataRow(80_000.0, 0.1382, 0, 11_056.0)]
    public void ConvertFromBase_AmountAndRate_RoundsHalfAwayAtThePrecision(double amount, double rate, int precision, double expected)
    {
        Assert.AreEqual((decimal)expected, ContributionCalculator.ConvertFromBase((decimal)amount, (decimal)rate, precision));
    }

    [TestMethod]
    [DataRow("East", "east", true)]
    [DataRow("East", null, false)]
    [DataRow(null, "West", true)]
    public void Contribution_GoalRegionFilter_DealMustBeInIt(string? goalRegion, string? dealRegion, bool counts)
    {
        var goal = March(Assignee.User(Rep)) with { Dimensions = new GoalDimensions(Region: goalRegion) };
        var fact = FactBuilder.AWonDeal().OwnedBy(Rep).WithDimensions(new GoalDimensions(Region: dealRegion)).Build();

        Assert.AreEqual(counts, ContributionCalculator.Contribution(goal, MetricPresets.WonRevenue, fact).HasValue);
    }

    [TestMethod]
    public void Contribution_GoalWithoutAssignee_CountsNothing()
    {
        var goal = March(Assignee.User(Rep)) with { Assignee = null };

        Assert.IsNull(ContributionCalculator.Contribution(goal, MetricPresets.WonRevenue, FactBuilder.AWonDeal().OwnedBy(Rep).Build()));
    }
}

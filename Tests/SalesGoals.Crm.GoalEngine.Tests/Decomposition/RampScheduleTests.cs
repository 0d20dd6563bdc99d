using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Decomposition;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Decomposition;

/// <summary>goals.md §2: a new hire carries 25 % / 50 % / 75 % of a full quota in their first three months (hire month = month 1).</summary>
[TestClass]
public class RampScheduleTests
{
    [TestMethod]
    [DataRow(2025, 10, 0.0)]
    [DataRow(2025, 11, 0.25)]
    [DataRow(2025, 12, 0.5)]
    [DataRow(2026, 1, 0.75)]
    [DataRow(2026, 2, 1.0)]
    [DataRow(2027, 11, 1.0)]
    [DataRow(2024, 12, 0.0)]
    public void FactorForMonth_HiredMidNovember_RampCrossesTheYearEnd(int year, int month, double expected)
    {
        Assert.AreEqual((decimal)expected, RampSchedule.Standard.FactorForMonth(D("2025-11-15"), year, month));
    }

    [TestMethod]
    [DataRow("2025-12-01", 0.75)]
    [DataRow("2026-01-20", 0.5)]
    [DataRow("2026-03-31", 0.0833333333333333333333333333)]
    [DataRow("2025-09-30", 1.0)]
    [DataRow("2026-04-01", 0.0)]
    public void FactorFor_FirstQuarter2026_AveragesTheMonthsItTouches(string hireDate, double expected)
    {
        var factor = RampSchedule.Standard.FactorFor(D(hireDate), FiscalCalendar.Gregorian.Quarter(2026, 1));

        Assert.AreEqual(Math.Round((decimal)expected, 10), Math.Round(factor, 10));
    }

    [TestMethod]
    public void FactorFor_NoHireDate_IsAFullShare()
    {
        Assert.AreEqual(1m, RampSchedule.Standard.FactorFor(null, FiscalCalendar.Gregorian.Quarter(2026, 1)));
    }

    [TestMethod]
    public void FactorFor_NoRamp_FullShareFromTheHireMonth()
    {
        Assert.AreEqual(1m, RampSchedule.None.FactorFor(D("2026-01-31"), FiscalCalendar.Month(2026, 1)));
        Assert.AreEqual(0m, RampSchedule.None.FactorFor(D("2026-02-01"), FiscalCalendar.Month(2026, 1)));
    }

    [TestMethod]
    [DataRow(-0.01)]
    [DataRow(1.01)]
    public void Constructor_FactorOutsideZeroToOne_ThrowsClearError(double factor)
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => new RampSchedule(new[] { 0.5m, (decimal)factor }));

        StringAssert.Contains(error.Message, "between 0 and 1");
    }

    [TestMethod]
    public void Constructor_FactorsOfZeroAndOne_AreAccepted()
    {
        CollectionAssert.AreEqual(new[] { 0m, 1m }, new RampSchedule(new[] { 0m, 1m }).Factors.ToArray());
    }

    [TestMethod]
    public void ByAssignee_HiredInDecemberBeforeTheQuarter_CarriesThreeQuartersOfAShare()
    {
        var parent = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Gregorian.Quarter(2026, 1)).WithPrecision(0).WithTarget(3500m).Build();
        var veteran = new AssigneeShare(Assignee.User(Guid.NewGuid()), 1m);
        var newHire = new AssigneeShare(Assignee.User(Guid.NewGuid()), 1m, D("2025-12-01"));

        var children = GoalDecomposer.ByAssignee(parent, new[] { veteran, newHire }, RampSchedule.Standard);

        CollectionAssert.AreEqual(new[] { 2000m, 1500m }, children.Select(c => c.Target).ToArray());
    }
}

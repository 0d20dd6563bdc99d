using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Calendars;

[TestClass]
public class DayWeightsTests
{
    [TestMethod]
    public void DayWeight_WorkingDayInJanuary2026_IsMonthWeightOverWorkingDays()
    {
        var weights = DayWeights.For(WorkingCalendar.MondayToFriday, Examples.E5Profile);

        Assert.AreEqual(0.6m / 22m, weights.DayWeight(D("2026-01-02")));
        Assert.AreEqual(0m, weights.DayWeight(D("2026-01-03")));
    }

    [TestMethod]
    public void WeightOf_WholeMonthsAndYear_EqualProfileWeightsExactly()
    {
        var weights = DayWeights.For(WorkingCalendar.MondayToFriday, Examples.E5Profile);

        Assert.AreEqual(0.5m, weights.WeightOf(FiscalCalendar.Month(2026, 2)));
        Assert.AreEqual(12.0m, weights.WeightOf(FiscalCalendar.Gregorian.Year(2026)));
    }

    [TestMethod]
    public void WeightBetween_AnyRange_EqualsSumOfDayWeights()
    {
        var weights = DayWeights.For(WorkingCalendar.MondayToFriday, Examples.E5Profile);
        var start = D("2026-01-20");
        var end = D("2026-03-11");

        var summed = Enumerable.Range(0, LocalDate.DaysBetween(start, end) + 1).Sum(i => weights.DayWeight(start.AddDays(i)));

        Assert.AreEqual(Math.Round(summed, 20), Math.Round(weights.WeightBetween(start, end), 20));
    }

    [TestMethod]
    public void WeightBetween_DatesFarApart_WidensTableOnDemand()
    {
        var weights = DayWeights.For(WorkingCalendar.EveryDay);

        Assert.AreEqual(1m, weights.WeightOf(FiscalCalendar.Month(1990, 1)));
        Assert.AreEqual(1m, weights.WeightOf(FiscalCalendar.Month(2090, 1)));
        Assert.AreEqual(3m, weights.WeightBetween(D("2089-11-01"), D("2090-01-31")));
    }

    [TestMethod]
    public void DayWeight_ExtraWorkingSaturday_CarriesWeightAndHolidayDoesNot()
    {
        var calendar = new WorkingCalendar(
            "cn-feb",
            new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
            new[] { D("2026-02-16") },
            new[] { D("2026-02-14") });
        var weights = DayWeights.For(calendar, Examples.E5Profile);

        // February: 20 weekdays - 1 holiday + 1 Saturday = 20 working days sharing weight 0.5.
        Assert.AreEqual(0.5m / 20m, weights.DayWeight(D("2026-02-14")));
        Assert.AreEqual(0m, weights.DayWeight(D("2026-02-16")));
        Assert.AreEqual(0.5m, weights.WeightOf(FiscalCalendar.Month(2026, 2)));
    }

    [TestMethod]
    public void For_SameCalendarAndProfile_ReturnsSharedInstance()
    {
        Assert.AreSame(DayWeights.For(WorkingCalendar.MondayToFriday), DayWeights.For(WorkingCalendar.MondayToFriday, SeasonalityProfile.Flat));
    }

    [TestMethod]
    public void SeasonalityProfile_ElevenWeights_ThrowsClearError()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => new SeasonalityProfile("short", Enumerable.Repeat(1m, 11)));

        StringAssert.Contains(error.Message, "12");
    }
}

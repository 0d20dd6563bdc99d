using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Calendars;

/// <summary>
/// Calendars and seasonality at their edges: bad set-up is refused with a message naming it, a
/// month without weight or without working days contributes nothing, the first and last
/// representable years still have weights, next year's official schedule adds to a calendar.
/// </summary>
[TestClass]
public class CalendarBoundaryTests
{
    private static readonly DayOfWeek[] Weekdays = { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    [TestMethod]
    [DataRow(13, "has 13 weights; it needs one per month (12)")]
    [DataRow(0, "has 0 weights; it needs one per month (12)")]
    public void SeasonalityProfile_WrongNumberOfWeights_ThrowsErrorWithTheCount(int count, string message)
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => new SeasonalityProfile("p", Enumerable.Repeat(1m, count)));

        StringAssert.Contains(error.Message, "Profile 'p' " + message);
    }

    [TestMethod]
    public void SeasonalityProfile_NegativeWeight_ThrowsClearError()
    {
        var weights = Enumerable.Repeat(1m, 11).Append(-0.01m);

        var error = Assert.ThrowsExactly<ArgumentException>(() => new SeasonalityProfile("p", weights));

        StringAssert.Contains(error.Message, "negative weight");
    }

    [TestMethod]
    public void SeasonalityProfile_OnlyZeroWeights_ThrowsClearError()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => new SeasonalityProfile("p", Enumerable.Repeat(0m, 12)));

        StringAssert.Contains(error.Message, "only zero weights");
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow(" ")]
    public void Constructors_NoId_ThrowClearError(string? id)
    {
        StringAssert.Contains(Assert.ThrowsExactly<ArgumentException>(() => new SeasonalityProfile(id!, Enumerable.Repeat(1m, 12))).Message, "needs an id");
        StringAssert.Contains(Assert.ThrowsExactly<ArgumentException>(() => new WorkingCalendar(id!, Weekdays)).Message, "needs an id");
    }

    [TestMethod]
    public void DayWeights_MonthWithZeroSeasonality_ExpectsNothingThatMonth()
    {
        var weights = new[] { 0m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 2m };
        var dayWeights = DayWeights.For(WorkingCalendar.MondayToFriday, new SeasonalityProfile("no-january", weights));

        Assert.AreEqual(0m, dayWeights.DayWeight(D("2026-01-05")));
        Assert.AreEqual(0m, dayWeights.WeightOf(FiscalCalendar.Month(2026, 1)));
        Assert.AreEqual(2m, dayWeights.WeightOf(FiscalCalendar.Month(2026, 12)));
        Assert.AreEqual(1m / 20m, dayWeights.DayWeight(D("2026-02-02")));
        Assert.AreEqual(1m, dayWeights.WeightOf(FiscalCalendar.Month(2026, 2)));
        Assert.AreEqual(12m, dayWeights.WeightOf(FiscalCalendar.Gregorian.Year(2026)));
    }

    [TestMethod]
    public void DayWeights_MonthWithoutWorkingDays_CarriesNoWeight()
    {
        var augustOff = Enumerable.Range(1, 31).Select(d => new LocalDate(2026, 8, d));
        var calendar = new WorkingCalendar("august-off", Weekdays, augustOff);
        var dayWeights = DayWeights.For(calendar);

        Assert.AreEqual(0m, dayWeights.WeightOf(FiscalCalendar.Month(2026, 8)));
        Assert.AreEqual(11m, dayWeights.WeightOf(FiscalCalendar.Gregorian.Year(2026)));
        Assert.IsFalse(dayWeights.IsWorkingDay(D("2026-08-03")));
        Assert.IsTrue(dayWeights.IsWorkingDay(D("2026-09-01")));
    }

    [TestMethod]
    [DataRow("0001-01-01", "0001-01-31")]
    [DataRow("9999-12-01", "9999-12-31")]
    public void DayWeights_FirstAndLastRepresentableMonths_HaveTheirWeight(string start, string end)
    {
        var dayWeights = DayWeights.For(new WorkingCalendar("edges", Weekdays));

        Assert.AreEqual(1m / 23m, dayWeights.DayWeight(D(start)));
        Assert.AreEqual(1m, dayWeights.WeightBetween(D(start), D(end)));
    }

    [TestMethod]
    public void DayWeights_TableWidenedBothWays_KeepsEarlierYearsRight()
    {
        var dayWeights = DayWeights.For(new WorkingCalendar("widen", Weekdays));
        var march2026 = FiscalCalendar.Month(2026, 3);

        Assert.AreEqual(1m, dayWeights.WeightOf(march2026));
        Assert.AreEqual(1m, dayWeights.WeightOf(FiscalCalendar.Month(2040, 3)));
        Assert.AreEqual(1m, dayWeights.WeightOf(FiscalCalendar.Month(2010, 3)));
        Assert.AreEqual(1m / 22m, dayWeights.DayWeight(D("2026-03-02")));
        Assert.AreEqual(1m / 22m, dayWeights.DayWeight(D("2040-03-01")));
        Assert.AreEqual(349m, dayWeights.WeightBetween(D("2010-01-01"), D("2039-01-31")));
    }

    [TestMethod]
    [DataRow("2026-03-02", "2026-03-02", 1)]
    [DataRow("2026-03-02", "2026-03-03", 2)]
    [DataRow("2026-03-03", "2026-03-02", 0)]
    [DataRow("2026-03-07", "2026-03-08", 0)]
    public void WeightBetween_WithinMarch_CountsWorkingDaysInclusive(string start, string end, int workingDays)
    {
        var dayWeights = DayWeights.For(WorkingCalendar.MondayToFriday);

        // Compared to 20 places: the range is a difference of cumulative sums over several years.
        Assert.AreEqual(Math.Round(workingDays / 22m, 20), Math.Round(dayWeights.WeightBetween(D(start), D(end)), 20));
    }

    [TestMethod]
    public void Prepare_YearsAhead_WeightsAvailableWithoutChange()
    {
        var dayWeights = DayWeights.For(new WorkingCalendar("prepared", Weekdays));

        dayWeights.Prepare(2030, 2031);

        Assert.AreEqual(12m, dayWeights.WeightOf(FiscalCalendar.Gregorian.Year(2031)));
    }

    [TestMethod]
    public void With_NextYearsSchedule_AddsHolidaysAndKeepsTheWeek()
    {
        var calendar = new WorkingCalendar("cn-2026", Weekdays, new[] { D("2026-10-01") });

        var extended = calendar.With("cn-2026-27", new[] { D("2027-01-01") }, new[] { D("2027-01-02") });

        Assert.AreEqual("cn-2026-27", extended.Id);
        CollectionAssert.AreEqual(new[] { D("2026-10-01"), D("2027-01-01") }, extended.Holidays.ToArray());
        CollectionAssert.AreEqual(new[] { D("2027-01-02") }, extended.ExtraWorkingDays.ToArray());
        Assert.IsFalse(extended.IsWorkingDay(D("2027-01-01")));
        Assert.IsTrue(extended.IsWorkingDay(D("2027-01-02")));
        Assert.IsTrue(extended.IsWorkingDay(D("2027-01-04")));
        Assert.IsFalse(extended.IsWorkingDay(D("2027-01-03")));
        Assert.AreEqual(21, extended.WorkingDaysIn(FiscalCalendar.Month(2027, 1)));
        Assert.AreEqual(1, extended.WorkingDaysIn(FiscalCalendar.Day(D("2027-01-02"))));
    }

    [TestMethod]
    public void Constructor_DayBothHolidayAndWorkingDay_NamesTheDay()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => new WorkingCalendar("bad", Weekdays, new[] { D("2026-10-01") }, new[] { D("2026-10-01") }));

        StringAssert.Contains(error.Message, "Calendar 'bad': 2026-10-01 cannot be both a holiday and an extra working day");
    }
}

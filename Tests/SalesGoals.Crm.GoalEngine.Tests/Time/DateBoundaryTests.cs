using System;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Time;

/// <summary>
/// Dates and periods at their edges: the first and last valid date, month ends and leap days,
/// a period's first and last day, ISO weeks around the year end (2026 has 53 ISO weeks).
/// </summary>
[TestClass]
public class DateBoundaryTests
{
    [TestMethod]
    [DataRow(0, 1, 1)]
    [DataRow(10000, 1, 1)]
    [DataRow(2026, 0, 1)]
    [DataRow(2026, 13, 1)]
    [DataRow(2026, 3, 0)]
    [DataRow(2026, 3, 32)]
    [DataRow(2025, 2, 29)]
    public void Constructor_InvalidCalendarDate_ThrowsErrorNamingIt(int year, int month, int day)
    {
        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new LocalDate(year, month, day));

        StringAssert.Contains(error.Message, $"{year:D4}-{month:D2}-{day:D2} is not a valid calendar date");
    }

    [TestMethod]
    [DataRow(1, 1, 1, "0001-01-01")]
    [DataRow(9999, 12, 31, "9999-12-31")]
    [DataRow(2024, 2, 29, "2024-02-29")]
    [DataRow(2026, 12, 31, "2026-12-31")]
    public void Constructor_EdgeOfValidRange_Accepted(int year, int month, int day, string iso)
    {
        var date = new LocalDate(year, month, day);

        Assert.AreEqual(iso, date.ToString());
        Assert.AreEqual(year, date.Year);
        Assert.AreEqual(month, date.Month);
        Assert.AreEqual(day, date.Day);
    }

    [TestMethod]
    public void FromDayNumber_FirstAndLastValidDay_RoundTrip()
    {
        Assert.AreEqual(LocalDate.MinValue, LocalDate.FromDayNumber(0));
        Assert.AreEqual(LocalDate.MaxValue, LocalDate.FromDayNumber(LocalDate.MaxValue.DayNumber));
        Assert.AreEqual("0001-01-02", LocalDate.MinValue.AddDays(1).ToString());
    }

    [TestMethod]
    [DataRow(-1)]
    [DataRow(3_652_059)]
    public void FromDayNumber_OutsideTheCalendar_ThrowsClearError(int dayNumber)
    {
        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => LocalDate.FromDayNumber(dayNumber));

        StringAssert.Contains(error.Message, "0001-01-01..9999-12-31");
    }

    [TestMethod]
    [DataRow("0001-01-01", DayOfWeek.Monday)]
    [DataRow("2026-03-01", DayOfWeek.Sunday)]
    [DataRow("2026-03-02", DayOfWeek.Monday)]
    [DataRow("2026-03-07", DayOfWeek.Saturday)]
    public void DayOfWeek_Date_IsTheCalendarWeekday(string date, DayOfWeek expected)
    {
        Assert.AreEqual(expected, D(date).DayOfWeek);
    }

    [TestMethod]
    [DataRow("2026-01-31", 1, "2026-02-28")]
    [DataRow("2024-01-31", 1, "2024-02-29")]
    [DataRow("2026-12-15", 1, "2027-01-15")]
    [DataRow("2026-03-31", -1, "2026-02-28")]
    public void AddMonths_MonthEnds_ClampToTheShorterMonth(string date, int months, string expected)
    {
        Assert.AreEqual(D(expected), D(date).AddMonths(months));
    }

    [TestMethod]
    [DataRow("2024-02-29", 1, "2025-02-28")]
    [DataRow("2026-03-10", -1, "2025-03-10")]
    public void AddYears_LeapDay_ClampsToFebruary28(string date, int years, string expected)
    {
        Assert.AreEqual(D(expected), D(date).AddYears(years));
    }

    [TestMethod]
    [DataRow("2024-02-10", "2024-02-01", "2024-02-29")]
    [DataRow("2026-02-28", "2026-02-01", "2026-02-28")]
    [DataRow("2026-12-01", "2026-12-01", "2026-12-31")]
    public void FirstAndLastOfMonth_Date_AreTheMonthsEnds(string date, string first, string last)
    {
        Assert.AreEqual(D(first), D(date).FirstOfMonth());
        Assert.AreEqual(D(last), D(date).LastOfMonth());
    }

    [TestMethod]
    public void MinMaxAndComparisons_EqualDates_AreBothSmallestAndLargest()
    {
        var a = D("2026-03-10");
        var b = D("2026-03-10");
        var later = D("2026-03-11");

        Assert.IsTrue(a <= b && a >= b && !(a < b) && !(a > b) && a == b && !(a != b));
        Assert.IsTrue(a < later && later > a && a != later && !(later <= a) && !(a >= later));
        Assert.AreEqual(a, LocalDate.Min(a, later));
        Assert.AreEqual(later, LocalDate.Max(a, later));
        Assert.AreEqual(a, LocalDate.Min(later, a));
        Assert.AreEqual(later, LocalDate.Max(later, a));
        Assert.AreEqual(0, a.CompareTo((object)b));
        Assert.AreEqual(-1, a.CompareTo(later));
        Assert.AreEqual(1, later.CompareTo(a));
        Assert.AreEqual(a.GetHashCode(), b.GetHashCode());
        Assert.IsTrue(a.Equals((object)b));
        Assert.IsFalse(a.Equals((object)"2026-03-10"));
        Assert.AreEqual(1, LocalDate.DaysBetween(a, later));
        Assert.AreEqual(-1, LocalDate.DaysBetween(later, a));
    }

    [TestMethod]
    public void CompareTo_AnotherType_ThrowsClearError()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => D("2026-03-10").CompareTo((object)"2026-03-10"));

        StringAssert.Contains(error.Message, "not a LocalDate");
    }

    [TestMethod]
    [DataRow("2026-3-10")]
    [DataRow("10/03/2026")]
    [DataRow("2026-02-30")]
    public void ParseIso_NotAnIsoDate_ThrowsErrorQuotingTheText(string text)
    {
        var error = Assert.ThrowsExactly<FormatException>(() => LocalDate.ParseIso(text));

        StringAssert.Contains(error.Message, $"'{text}' is not a date in the form yyyy-MM-dd");
    }

    [TestMethod]
    public void FromDateTime_TimeOfDayAndKind_KeepsTheDateOnly()
    {
        Assert.AreEqual(D("2026-03-10"), LocalDate.FromDateTime(new DateTime(2026, 3, 10, 23, 59, 59, DateTimeKind.Utc)));
    }

    [TestMethod]
    [DataRow("2026-03-01", true)]
    [DataRow("2026-03-31", true)]
    [DataRow("2026-02-28", false)]
    [DataRow("2026-04-01", false)]
    public void Contains_DateAtTheEdges_InsideFromFirstToLastDay(string date, bool expected)
    {
        Assert.AreEqual(expected, FiscalCalendar.Month(2026, 3).Contains(D(date)));
    }

    [TestMethod]
    [DataRow("2026-03-01", "2026-03-31", true)]
    [DataRow("2026-03-01", "2026-03-01", true)]
    [DataRow("2026-02-28", "2026-03-10", false)]
    [DataRow("2026-03-10", "2026-04-01", false)]
    public void ContainsPeriod_ChildAtTheEdges_InsideOnlyWhenBothEndsAre(string start, string end, bool expected)
    {
        Assert.AreEqual(expected, FiscalCalendar.Month(2026, 3).Contains(Custom(start, end)));
    }

    [TestMethod]
    [DataRow("2026-03-31", "2026-04-30", true)]
    [DataRow("2026-02-01", "2026-03-01", true)]
    [DataRow("2026-04-01", "2026-04-30", false)]
    [DataRow("2026-02-01", "2026-02-28", false)]
    public void Overlaps_PeriodsSharingOneDay_Overlap(string start, string end, bool expected)
    {
        Assert.AreEqual(expected, FiscalCalendar.Month(2026, 3).Overlaps(Custom(start, end)));
    }

    [TestMethod]
    public void DayCountAndText_OneDayPeriod_CountsOneDay()
    {
        var day = FiscalCalendar.Day(D("2026-03-10"));

        Assert.AreEqual(1, day.DayCount);
        Assert.AreEqual(31, FiscalCalendar.Month(2026, 3).DayCount);
        Assert.AreEqual("Day 2026-03-10..2026-03-10", day.ToString());
    }

    [TestMethod]
    [DataRow(2026, 53, "2026-12-28", "2027-01-03")]
    [DataRow(2026, 1, "2025-12-29", "2026-01-04")]
    [DataRow(2025, 52, "2025-12-22", "2025-12-28")]
    public void Period_IsoWeekAroundTheYearEnd_MondayToSunday(int weekYear, int week, string monday, string sunday)
    {
        var period = IsoWeek.Period(weekYear, week);

        Assert.AreEqual(new Period(PeriodType.Week, D(monday), D(sunday)), period);
    }

    [TestMethod]
    [DataRow(2025, 53, "1..52")]
    [DataRow(2026, 0, "1..53")]
    [DataRow(2026, 54, "1..53")]
    public void Period_WeekNotInTheIsoYear_ThrowsErrorNamingTheRange(int weekYear, int week, string range)
    {
        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => IsoWeek.Period(weekYear, week));

        StringAssert.Contains(error.Message, $"ISO year {weekYear} has weeks {range}");
    }

    [TestMethod]
    [DataRow("2026-03-08", "2026-03-02")]
    [DataRow("2026-03-02", "2026-03-02")]
    [DataRow("2026-03-03", "2026-03-02")]
    public void MondayOf_AnyDayOfTheWeek_IsThatWeeksMonday(string date, string monday)
    {
        Assert.AreEqual(D(monday), IsoWeek.MondayOf(D(date)));
    }

    [TestMethod]
    [DataRow("2026-12-31", "2026-W53")]
    [DataRow("2027-01-04", "2027-W01")]
    [DataRow("2026-01-05", "2026-W02")]
    [DataRow("2026-01-04", "2026-W01")]
    public void WeekOf_DatesNearWeekEdges_LabelledIso(string date, string label)
    {
        Assert.AreEqual(label, IsoWeek.WeekOf(D(date)).ToString());
    }
}

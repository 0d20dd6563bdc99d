using System;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Time;

/// <summary>Fiscal years at their edges: the first and last day of a fiscal year, both namings, start months 1 and 12.</summary>
[TestClass]
public class FiscalCalendarBoundaryTests
{
    [TestMethod]
    [DataRow(0)]
    [DataRow(13)]
    public void Constructor_StartMonthOutside1To12_ThrowsClearError(int startMonth)
    {
        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new FiscalCalendar(startMonth));

        StringAssert.Contains(error.Message, "month 1..12");
    }

    [TestMethod]
    [DataRow(1, FiscalYearNaming.StartYear, 2026, "2026-01-01", "2026-12-31")]
    [DataRow(1, FiscalYearNaming.EndYear, 2026, "2026-01-01", "2026-12-31")]
    [DataRow(12, FiscalYearNaming.StartYear, 2026, "2026-12-01", "2027-11-30")]
    [DataRow(12, FiscalYearNaming.EndYear, 2027, "2026-12-01", "2027-11-30")]
    [DataRow(4, FiscalYearNaming.EndYear, 2027, "2026-04-01", "2027-03-31")]
    public void Year_StartMonthAndNaming_RunsTwelveMonths(int startMonth, FiscalYearNaming naming, int fiscalYear, string start, string end)
    {
        var fiscal = new FiscalCalendar(startMonth, naming);

        Assert.AreEqual(new Period(PeriodType.Year, D(start), D(end)), fiscal.Year(fiscalYear));
        Assert.AreEqual(startMonth, fiscal.StartMonth);
        Assert.AreEqual(naming, fiscal.Naming);
    }

    [TestMethod]
    [DataRow(4, FiscalYearNaming.StartYear, "2026-03-31", 2025)]
    [DataRow(4, FiscalYearNaming.StartYear, "2026-04-01", 2026)]
    [DataRow(4, FiscalYearNaming.EndYear, "2026-03-31", 2026)]
    [DataRow(4, FiscalYearNaming.EndYear, "2026-04-01", 2027)]
    [DataRow(1, FiscalYearNaming.EndYear, "2026-01-01", 2026)]
    [DataRow(1, FiscalYearNaming.StartYear, "2026-12-31", 2026)]
    public void FiscalYearOf_DatesAroundTheFiscalStart_BelongToTheRightYear(int startMonth, FiscalYearNaming naming, string date, int expected)
    {
        Assert.AreEqual(expected, new FiscalCalendar(startMonth, naming).FiscalYearOf(D(date)));
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(5)]
    public void Quarter_NumberOutside1To4_ThrowsClearError(int quarter)
    {
        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => FiscalCalendar.Gregorian.Quarter(2026, quarter));

        StringAssert.Contains(error.Message, "1..4");
    }

    [TestMethod]
    [DataRow(1, "2026-01-01", "2026-03-31")]
    [DataRow(4, "2026-10-01", "2026-12-31")]
    public void Quarter_FirstAndLastOfGregorianYear_ThreeMonthBlocks(int quarter, string start, string end)
    {
        Assert.AreEqual(new Period(PeriodType.Quarter, D(start), D(end)), FiscalCalendar.Gregorian.Quarter(2026, quarter));
    }

    [TestMethod]
    [DataRow("2026-04-01", "2026-04-01", "2026-06-30")]
    [DataRow("2026-06-30", "2026-04-01", "2026-06-30")]
    [DataRow("2026-07-01", "2026-07-01", "2026-09-30")]
    [DataRow("2027-03-31", "2027-01-01", "2027-03-31")]
    public void PeriodContaining_QuarterOfAprilFiscalYear_AtQuarterEdges(string date, string start, string end)
    {
        Assert.AreEqual(new Period(PeriodType.Quarter, D(start), D(end)), new FiscalCalendar(4).PeriodContaining(PeriodType.Quarter, D(date)));
    }

    [TestMethod]
    public void PeriodContaining_Custom_ThrowsClearError()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => FiscalCalendar.Gregorian.PeriodContaining(PeriodType.Custom, D("2026-03-10")));

        StringAssert.Contains(error.Message, "no standard boundaries");
    }

    [TestMethod]
    [DataRow(PeriodType.Day, "2026-03-10", "2026-03-11", false)]
    [DataRow(PeriodType.Week, "2026-03-08", "2026-03-09", false)]
    [DataRow(PeriodType.Week, "2026-03-09", "2026-03-15", true)]
    [DataRow(PeriodType.Quarter, "2026-01-01", "2026-03-31", true)]
    [DataRow(PeriodType.Quarter, "2026-01-01", "2026-04-30", false)]
    [DataRow(PeriodType.Custom, "2026-01-01", "2027-06-30", true)]
    public void IsConsistent_GregorianPeriods_MatchTheirType(PeriodType type, string start, string end, bool expected)
    {
        Assert.AreEqual(expected, FiscalCalendar.Gregorian.IsConsistent(new Period(type, D(start), D(end))));
    }

    [TestMethod]
    [DataRow(2026, 10, "2026-03-02", "2026-03-08")]
    public void Week_IsoWeekNumber_IsThatIsoWeek(int year, int week, string start, string end)
    {
        Assert.AreEqual(new Period(PeriodType.Week, D(start), D(end)), FiscalCalendar.Week(year, week));
    }
}

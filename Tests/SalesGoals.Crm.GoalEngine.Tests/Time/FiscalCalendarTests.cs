using System;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Time;

[TestClass]
public class FiscalCalendarTests
{
    [TestMethod]
    public void Year_AprilStartNamedByStartYear_RunsAprilToMarch()
    {
        var fiscal = new FiscalCalendar(4);

        Assert.AreEqual(new Period(PeriodType.Year, D("2026-04-01"), D("2027-03-31")), fiscal.Year(2026));
    }

    [TestMethod]
    public void Year_AprilStartNamedByEndYear_Fy2027StartsApril2026()
    {
        var fiscal = new FiscalCalendar(4, FiscalYearNaming.EndYear);

        Assert.AreEqual(D("2026-04-01"), fiscal.Year(2027).Start);
        Assert.AreEqual(2027, fiscal.FiscalYearOf(D("2026-12-31")));
    }

    [TestMethod]
    public void Quarter_AprilStart_Q4IsJanuaryToMarchOfNextYear()
    {
        var q4 = new FiscalCalendar(4).Quarter(2026, 4);

        Assert.AreEqual(D("2027-01-01"), q4.Start);
        Assert.AreEqual(D("2027-03-31"), q4.End);
    }

    [TestMethod]
    [DataRow(PeriodType.Year, "2026-11-15", "2026-04-01", "2027-03-31")]
    [DataRow(PeriodType.Quarter, "2026-11-15", "2026-10-01", "2026-12-31")]
    [DataRow(PeriodType.Quarter, "2027-02-01", "2027-01-01", "2027-03-31")]
    [DataRow(PeriodType.Month, "2026-11-15", "2026-11-01", "2026-11-30")]
    [DataRow(PeriodType.Week, "2026-11-15", "2026-11-09", "2026-11-15")]
    [DataRow(PeriodType.Day, "2026-11-15", "2026-11-15", "2026-11-15")]
    public void PeriodContaining_AprilFiscalYear_ReturnsStandardPeriod(PeriodType type, string date, string start, string end)
    {
        var period = new FiscalCalendar(4).PeriodContaining(type, D(date));

        Assert.AreEqual(new Period(type, D(start), D(end)), period);
    }

    [TestMethod]
    [DataRow(PeriodType.Year, "2026-01-01", "2026-12-31", true)]
    [DataRow(PeriodType.Year, "2026-02-01", "2027-01-31", false)]
    [DataRow(PeriodType.Quarter, "2026-04-01", "2026-06-30", true)]
    [DataRow(PeriodType.Quarter, "2026-02-01", "2026-04-30", false)]
    [DataRow(PeriodType.Month, "2026-02-01", "2026-02-28", true)]
    [DataRow(PeriodType.Month, "2026-02-01", "2026-03-01", false)]
    [DataRow(PeriodType.Week, "2026-03-02", "2026-03-08", true)]
    [DataRow(PeriodType.Week, "2026-03-30", "2026-03-31", true)]
    [DataRow(PeriodType.Week, "2026-03-06", "2026-03-10", false)]
    [DataRow(PeriodType.Day, "2026-03-06", "2026-03-06", true)]
    [DataRow(PeriodType.Day, "2026-03-06", "2026-03-07", false)]
    [DataRow(PeriodType.Custom, "2026-03-06", "2026-05-07", true)]
    public void IsConsistent_PeriodAgainstItsType_AcceptsOnlyStandardShapes(PeriodType type, string start, string end, bool expected)
    {
        Assert.AreEqual(expected, FiscalCalendar.Gregorian.IsConsistent(new Period(type, D(start), D(end))));
    }

    [TestMethod]
    public void Constructor_Month13_ThrowsClearError()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new FiscalCalendar(13));
    }

    [TestMethod]
    public void PeriodConstructor_EndBeforeStart_ThrowsClearError()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => new Period(PeriodType.Custom, D("2026-03-02"), D("2026-03-01")));

        StringAssert.Contains(error.Message, "2026-03-01");
    }
}

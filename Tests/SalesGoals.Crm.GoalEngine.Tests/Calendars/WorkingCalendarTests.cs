using System;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Calendars;

[TestClass]
public class WorkingCalendarTests
{
    private static readonly DayOfWeek[] Weekdays = { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    /// <summary>China 2026 Spring Festival: 15–23 Feb off; Sat 14 Feb and Sat 28 Feb are working days.</summary>
    private static WorkingCalendar China2026SpringFestival() => new(
        "cn-2026",
        Weekdays,
        new[] { D("2026-02-16"), D("2026-02-17"), D("2026-02-18"), D("2026-02-19"), D("2026-02-20"), D("2026-02-23") },
        new[] { D("2026-02-14"), D("2026-02-28") });

    [TestMethod]
    public void IsWorkingDay_MovedWeekend_SaturdayIsWorkingHolidayIsNot()
    {
        var calendar = China2026SpringFestival();

        Assert.IsTrue(calendar.IsWorkingDay(D("2026-02-14")));
        Assert.IsFalse(calendar.IsWorkingDay(D("2026-02-17")));
        Assert.IsFalse(calendar.IsWorkingDay(D("2026-02-21")));
        Assert.IsTrue(calendar.IsWorkingDay(D("2026-02-24")));
    }

    [TestMethod]
    public void WorkingDaysIn_February2026China_CountsMovedDays()
    {
        // 20 weekdays - 6 holidays + 2 extra Saturdays.
        Assert.AreEqual(16, China2026SpringFestival().WorkingDaysIn(FiscalCalendar.Month(2026, 2)));
    }

    [TestMethod]
    public void Constructor_DayBothHolidayAndExtraWorkingDay_ThrowsClearError()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() =>
            new WorkingCalendar("bad", Weekdays, new[] { D("2026-02-14") }, new[] { D("2026-02-14") }));

        StringAssert.Contains(error.Message, "2026-02-14");
    }
}

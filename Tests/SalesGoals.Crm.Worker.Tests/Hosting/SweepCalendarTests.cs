using System;
using System.Globalization;
using SalesGoals.Crm.Worker.Hosting;

namespace SalesGoals.Crm.Worker.Tests.Hosting;

[TestClass]
public sealed class SweepCalendarTests
{
    [TestMethod]
    [DataRow("2026-12-02T15:00:00Z", "00:15", "2026-12-03", "2026-12-02T16:15:00Z")] // 23:00 in Shanghai: tonight's 00:15 is tomorrow's date
    [DataRow("2026-12-02T16:20:00Z", "00:15", "2026-12-04", "2026-12-03T16:15:00Z")] // 00:20 in Shanghai: just missed, next day
    [DataRow("2026-12-02T01:00:00Z", "18:30", "2026-12-02", "2026-12-02T10:30:00Z")] // 09:00 in Shanghai: same day
    public void Next_InShanghai_FirstSweepTimeAfterTheInstant(string after, string time, string date, string at)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        var (localDate, instant) = SweepCalendar.Next(DateTimeOffset.Parse(after, CultureInfo.InvariantCulture), TimeSpan.Parse(time, CultureInfo.InvariantCulture), zone);

        Assert.AreEqual(DateOnly.Parse(date, CultureInfo.InvariantCulture), localDate);
        Assert.AreEqual(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture), instant);
    }

    [TestMethod]
    public void Next_TimeSkippedBySpringForward_SweepsAnHourLater()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        // 2026-03-08: clocks go from 02:00 to 03:00 in New York; 02:30 does not exist that day.
        var (localDate, instant) = SweepCalendar.Next(new DateTimeOffset(2026, 3, 8, 5, 0, 0, TimeSpan.Zero), new TimeSpan(2, 30, 0), zone);

        Assert.AreEqual(new DateOnly(2026, 3, 8), localDate);
        Assert.AreEqual(new DateTimeOffset(2026, 3, 8, 3, 30, 0, TimeSpan.FromHours(-4)), instant);
    }

    [TestMethod]
    public void Slot_TwoWorkersAtDifferentMomentsOfOneInterval_SameSlot()
    {
        var interval = TimeSpan.FromSeconds(10);
        var a = PollSlots.Slot(new DateTimeOffset(2026, 12, 2, 10, 0, 0, 100, TimeSpan.Zero), interval);
        var b = PollSlots.Slot(new DateTimeOffset(2026, 12, 2, 10, 0, 9, 900, TimeSpan.Zero), interval);
        var c = PollSlots.Slot(new DateTimeOffset(2026, 12, 2, 10, 0, 10, 0, TimeSpan.Zero), interval);

        Assert.AreEqual(a, b);
        Assert.AreEqual(a + 1, c);
        Assert.AreEqual(new DateTimeOffset(2026, 12, 2, 10, 0, 10, TimeSpan.Zero), PollSlots.Start(c, interval));
    }
}

using System;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Time;

/// <summary>
/// The fixed clock replays and "as of" reports use: set, moved forward across a day boundary in
/// the organization's zone; ISO week labels keep four-digit years and two-digit weeks.
/// </summary>
[TestClass]
public class ClockTests
{
    [TestMethod]
    public void Advance_PastMidnightInShanghai_TodayMovesToTheNextDay()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 31, 15, 30, 0, TimeSpan.Zero));
        var zone = new OrgTimeZone("Asia/Shanghai");

        var before = zone.Today(clock);
        clock.Advance(TimeSpan.FromMinutes(31));

        Assert.AreEqual(D("2026-03-31"), before);
        Assert.AreEqual(D("2026-04-01"), zone.Today(clock));
        Assert.AreEqual(new DateTimeOffset(2026, 3, 31, 16, 1, 0, TimeSpan.Zero), clock.UtcNow);
    }

    [TestMethod]
    public void Set_AnotherInstant_ClockSaysExactlyThat()
    {
        var clock = new FixedClock(DateTimeOffset.MinValue);
        var instant = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

        clock.Set(instant);

        Assert.AreEqual(instant, clock.UtcNow);
    }

    [TestMethod]
    [DataRow(2026, 1, "2026-W01")]
    [DataRow(2026, 53, "2026-W53")]
    [DataRow(1, 9, "0001-W09")]
    public void IsoWeekNumberText_YearAndWeek_PaddedLabel(int weekYear, int week, string expected)
    {
        Assert.AreEqual(expected, new IsoWeekNumber(weekYear, week).ToString());
    }
}

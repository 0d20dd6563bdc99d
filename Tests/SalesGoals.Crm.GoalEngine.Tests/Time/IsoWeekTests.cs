using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Time;

[TestClass]
public class IsoWeekTests
{
    [TestMethod]
    public void Period_2026W10_IsMondayTwoToSundayEightMarch()
    {
        var week = IsoWeek.Period(2026, 10);

        Assert.AreEqual(D("2026-03-02"), week.Start);
        Assert.AreEqual(D("2026-03-08"), week.End);
    }

    [TestMethod]
    [DataRow("2026-01-01", 2026, 1)]
    [DataRow("2027-01-01", 2026, 53)]
    [DataRow("2024-12-30", 2025, 1)]
    [DataRow("2026-03-08", 2026, 10)]
    public void WeekOf_Date_FollowsIso8601(string date, int weekYear, int week)
    {
        Assert.AreEqual(new IsoWeekNumber(weekYear, week), IsoWeek.WeekOf(D(date)));
    }

    [TestMethod]
    public void WeeksInYear_2026_Has53Weeks()
    {
        Assert.AreEqual(53, IsoWeek.WeeksInYear(2026));
        Assert.AreEqual(52, IsoWeek.WeeksInYear(2027));
    }
}

using System;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Time;

[TestClass]
public class LocalDateTests
{
    [TestMethod]
    public void Constructor_ValidDate_ExposesPartsAndWeekday()
    {
        var date = new LocalDate(2026, 2, 15);

        Assert.AreEqual(2026, date.Year);
        Assert.AreEqual(2, date.Month);
        Assert.AreEqual(15, date.Day);
        Assert.AreEqual(DayOfWeek.Sunday, date.DayOfWeek);
        Assert.AreEqual("2026-02-15", date.ToString());
    }

    [TestMethod]
    public void Constructor_February30_ThrowsClearError()
    {
        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new LocalDate(2026, 2, 30));

        StringAssert.Contains(error.Message, "2026-02-30");
    }

    [TestMethod]
    public void ParseIso_NotADate_ThrowsFormatException()
    {
        Assert.ThrowsExactly<FormatException>(() => LocalDate.ParseIso("15/02/2026"));
    }

    [TestMethod]
    public void AddDays_AcrossLeapDay_LandsOnMarchFirst()
    {
        Assert.AreEqual(new LocalDate(2028, 3, 1), new LocalDate(2028, 2, 28).AddDays(2));
    }

    [TestMethod]
    public void Operators_CompareByDay()
    {
        var a = new LocalDate(2026, 1, 1);
        var b = new LocalDate(2026, 1, 2);

        Assert.IsTrue(a < b && b > a && a <= b && a != b);
        Assert.AreEqual(1, LocalDate.DaysBetween(a, b));
    }
}

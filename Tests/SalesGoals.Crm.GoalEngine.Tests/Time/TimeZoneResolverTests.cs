using System;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Time;

[TestClass]
public class TimeZoneResolverTests
{
    [TestMethod]
    [DataRow("Asia/Shanghai")]
    [DataRow("Asia/Hong_Kong")]
    [DataRow("Asia/Singapore")]
    [DataRow("Asia/Tokyo")]
    [DataRow("Europe/London")]
    [DataRow("Europe/Berlin")]
    [DataRow("America/New_York")]
    [DataRow("America/Chicago")]
    [DataRow("America/Los_Angeles")]
    [DataRow("UTC")]
    public void Resolve_CommonIanaId_FindsZone(string ianaId)
    {
        Assert.IsNotNull(TimeZoneResolver.Resolve(ianaId));
    }

    [TestMethod]
    public void Resolve_UnknownId_ThrowsErrorNamingTheId()
    {
        var error = Assert.ThrowsExactly<TimeZoneNotFoundException>(() => TimeZoneResolver.Resolve("Mars/Olympus_Mons"));

        StringAssert.Contains(error.Message, "Mars/Olympus_Mons");
        StringAssert.Contains(error.Message, "Asia/Shanghai");
    }

    [TestMethod]
    public void ToLocalDate_LateUtcEvening_IsNextDayInShanghai()
    {
        var zone = new OrgTimeZone("Asia/Shanghai");

        var date = zone.ToLocalDate(new DateTimeOffset(2026, 3, 31, 17, 30, 0, TimeSpan.Zero));

        Assert.AreEqual(D("2026-04-01"), date);
    }

    [TestMethod]
    public void ToLocalDate_EarlyUtcMorning_IsPreviousDayInNewYork()
    {
        var zone = new OrgTimeZone("America/New_York");

        var date = zone.ToLocalDate(new DateTime(2026, 7, 1, 3, 0, 0, DateTimeKind.Utc));

        Assert.AreEqual(D("2026-06-30"), date);
    }

    [TestMethod]
    public void Today_FixedClock_UsesOrgZoneNotUtc()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 2, 14, 16, 1, 0, TimeSpan.Zero));

        Assert.AreEqual(D("2026-02-15"), new OrgTimeZone("Asia/Shanghai").Today(clock));
        Assert.AreEqual(D("2026-02-14"), new OrgTimeZone("UTC").Today(clock));
    }

    [TestMethod]
    public void Resolve_WindowsHostKnowingOnlyWindowsIds_MapsIanaIdToWindowsId()
    {
        var chinaStandard = TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China", "China");

        var zone = TimeZoneResolver.Resolve("Asia/Shanghai", id => id == "China Standard Time" ? chinaStandard : null);

        Assert.AreSame(chinaStandard, zone);
    }

    [TestMethod]
    public void Resolve_HostWithoutZoneData_UsesFixedOffsetForZonesWithoutDaylightSaving()
    {
        var zone = TimeZoneResolver.Resolve("Asia/Singapore", _ => null);

        Assert.AreEqual(TimeSpan.FromHours(8), zone.BaseUtcOffset);
        Assert.IsFalse(zone.SupportsDaylightSavingTime);
    }

    [TestMethod]
    public void Resolve_HostWithoutZoneDataAndDaylightSavingZone_ThrowsInsteadOfGuessing()
    {
        var error = Assert.ThrowsExactly<TimeZoneNotFoundException>(() => TimeZoneResolver.Resolve("Europe/London", _ => null));

        StringAssert.Contains(error.Message, "Europe/London");
    }
}

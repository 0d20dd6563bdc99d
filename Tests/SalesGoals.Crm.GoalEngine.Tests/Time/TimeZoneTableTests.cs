using System;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Time;

/// <summary>
/// The built-in IANA → Windows zone table, row by row: on a Windows host (which knows only Windows
/// ids) each stored IANA id finds its Windows zone; on a host without zone data the zones without
/// daylight saving still work at their fixed offset and the others are refused.
/// </summary>
[TestClass]
public class TimeZoneTableTests
{
    [TestMethod]
    [DataRow("UTC", "UTC", 0.0)]
    [DataRow("Etc/UTC", "UTC", 0.0)]
    [DataRow("Asia/Shanghai", "China Standard Time", 8.0)]
    [DataRow("Asia/Chongqing", "China Standard Time", 8.0)]
    [DataRow("Asia/Hong_Kong", "China Standard Time", 8.0)]
    [DataRow("Asia/Macau", "China Standard Time", 8.0)]
    [DataRow("Asia/Taipei", "Taipei Standard Time", 8.0)]
    [DataRow("Asia/Singapore", "Singapore Standard Time", 8.0)]
    [DataRow("Asia/Kuala_Lumpur", "Singapore Standard Time", 8.0)]
    [DataRow("Asia/Tokyo", "Tokyo Standard Time", 9.0)]
    [DataRow("Asia/Seoul", "Korea Standard Time", 9.0)]
    [DataRow("Asia/Kolkata", "India Standard Time", 5.5)]
    [DataRow("Asia/Dubai", "Arabian Standard Time", 4.0)]
    [DataRow("Australia/Sydney", "AUS Eastern Standard Time", null)]
    [DataRow("Europe/London", "GMT Standard Time", null)]
    [DataRow("Europe/Berlin", "W. Europe Standard Time", null)]
    [DataRow("Europe/Paris", "Romance Standard Time", null)]
    [DataRow("Europe/Amsterdam", "W. Europe Standard Time", null)]
    [DataRow("America/New_York", "Eastern Standard Time", null)]
    [DataRow("America/Chicago", "Central Standard Time", null)]
    [DataRow("America/Denver", "Mountain Standard Time", null)]
    [DataRow("America/Los_Angeles", "Pacific Standard Time", null)]
    [DataRow("America/Sao_Paulo", "E. South America Standard Time", null)]
    public void Resolve_BuiltInZone_WindowsIdOrFixedOffset(string ianaId, string windowsId, double? fixedOffsetHours)
    {
        var windowsZone = TimeZoneInfo.CreateCustomTimeZone(windowsId, TimeSpan.FromHours(1), windowsId, windowsId);

        var onWindows = TimeZoneResolver.Resolve(ianaId, id => id == windowsId ? windowsZone : null);

        Assert.AreSame(windowsZone, onWindows);
        if (fixedOffsetHours.HasValue)
        {
            var bare = TimeZoneResolver.Resolve(" " + ianaId.ToLowerInvariant() + " ", _ => null);
            Assert.AreEqual(TimeSpan.FromHours(fixedOffsetHours.Value), bare.BaseUtcOffset);
            Assert.AreEqual(ianaId.ToLowerInvariant(), bare.Id);
        }
        else
        {
            Assert.ThrowsExactly<TimeZoneNotFoundException>(() => TimeZoneResolver.Resolve(ianaId, _ => null));
        }
    }

    [TestMethod]
    public void Resolve_HostKnowsTheIanaId_UsesItBeforeTheTable()
    {
        var own = TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "own", "own");

        Assert.AreSame(own, TimeZoneResolver.Resolve(" Asia/Shanghai ", id => id == "Asia/Shanghai" ? own : null));
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("  ")]
    public void Resolve_NoId_ThrowsClearError(string? zoneId)
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => TimeZoneResolver.Resolve(zoneId!, _ => null));

        StringAssert.Contains(error.Message, "A time-zone id is required");
    }

    [TestMethod]
    public void Resolve_UnknownId_ListsTheBuiltInZones()
    {
        var error = Assert.ThrowsExactly<TimeZoneNotFoundException>(() => TimeZoneResolver.Resolve("Mars/Olympus", _ => null));

        StringAssert.Contains(error.Message, "Unknown time zone 'Mars/Olympus'");
        StringAssert.Contains(error.Message, "UTC, Etc/UTC, Asia/Shanghai");
        StringAssert.Contains(error.Message, "America/Sao_Paulo.");
    }

    [TestMethod]
    [DataRow(DateTimeKind.Utc, "2026-02-15")]
    [DataRow(DateTimeKind.Unspecified, "2026-02-15")]
    public void ToLocalDate_DataverseUtcDateTime_TakenAsUtc(DateTimeKind kind, string expected)
    {
        var utc = new DateTime(2026, 2, 14, 16, 0, 0, kind);

        Assert.AreEqual(D(expected), new OrgTimeZone("Asia/Shanghai").ToLocalDate(utc));
    }

    [TestMethod]
    public void OrgTimeZone_Id_IsTheStoredIanaId()
    {
        Assert.AreEqual("Asia/Shanghai", new OrgTimeZone("Asia/Shanghai").IanaId);
    }
}

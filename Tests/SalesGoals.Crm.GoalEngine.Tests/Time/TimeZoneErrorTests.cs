using System;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Time;

/// <summary>The whole refusal an administrator sees for an unknown zone; UTC still works without zone data.</summary>
[TestClass]
public class TimeZoneErrorTests
{
    [TestMethod]
    public void Resolve_UnknownZone_WholeMessageWithEveryBuiltInZone()
    {
        var error = Assert.ThrowsExactly<TimeZoneNotFoundException>(() => TimeZoneResolver.Resolve(" Mars/Olympus ", _ => null));

        Assert.AreEqual(
            "Unknown time zone 'Mars/Olympus'. Use an IANA id such as Asia/Shanghai, Europe/Berlin or America/New_York that this host knows, " +
            "or one of the built-in zones: UTC, Etc/UTC, Asia/Shanghai, Asia/Chongqing, Asia/Hong_Kong, Asia/Macau, Asia/Taipei, Asia/Singapore, " +
            "Asia/Kuala_Lumpur, Asia/Tokyo, Asia/Seoul, Asia/Kolkata, Asia/Dubai, Australia/Sydney, Europe/London, Europe/Berlin, Europe/Paris, " +
            "Europe/Amsterdam, America/New_York, America/Chicago, America/Denver, America/Los_Angeles, America/Sao_Paulo.",
            error.Message);
    }

    [TestMethod]
    public void Resolve_UtcOnAHostWithoutZoneData_FixedZeroOffset()
    {
        var zone = TimeZoneResolver.Resolve("utc", _ => null);

        Assert.AreEqual(TimeSpan.Zero, zone.BaseUtcOffset);
        Assert.AreEqual("utc", zone.Id);
    }
}

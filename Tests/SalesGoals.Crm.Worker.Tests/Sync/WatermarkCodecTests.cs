using System;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Worker.Tests.Sync;

[TestClass]
public sealed class WatermarkCodecTests
{
    [TestMethod]
    [DataRow("2026-06-30T08:15:42.1230000+08:00", "4873000000123")]
    [DataRow("2026-01-01T00:00:00.0000000+00:00", null)]
    public void FormatThenParse_AnyWatermark_ComesBackEqual(string instant, string? lastId)
    {
        var watermark = new SyncWatermark(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), lastId);

        var parsed = WatermarkCodec.Parse(WatermarkCodec.Format(watermark));

        Assert.AreEqual(watermark, parsed);
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("  ")]
    public void Parse_NothingStored_StartsFromTheBeginning(string? stored)
    {
        Assert.AreEqual(SyncWatermark.Beginning, WatermarkCodec.Parse(stored));
    }

    [TestMethod]
    public void Parse_Garbage_ThrowsNamingTheExpectedForm()
    {
        var exception = Assert.ThrowsExactly<FormatException>(() => WatermarkCodec.Parse("yesterday|42"));

        Assert.Contains("ISO 8601", exception.Message);
    }
}

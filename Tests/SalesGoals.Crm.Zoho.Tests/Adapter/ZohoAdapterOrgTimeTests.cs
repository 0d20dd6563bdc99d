using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Testing.Time;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Adapter;

/// <summary>Zoho sends times in the org's own offset, never UTC; incremental reads must compare instants, so a
/// deal is neither read twice nor skipped whatever the org's zone.</summary>
[TestClass]
public sealed class ZohoAdapterOrgTimeTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [TestMethod]
    [DataRow("Asia/Shanghai", "+08:00")]
    [DataRow("Asia/Kolkata", "+05:30")]
    public async Task Read_OrgOffsetTimes_AreInstantsAndTheWatermarkNeitherRepeatsNorSkips(string zone, string offset)
    {
        var clock = new ManualTimeProvider(Start);
        await using var host = await ZohoTestHost.StartAsync(new ZohoEmulatorOptions { TimeProvider = clock, OrgTimeZone = zone });
        var deals = new DealSeeds(host.Emulator);
        var early = deals.Add("Qualification");
        clock.Advance(TimeSpan.FromMinutes(1));
        var later = deals.Add("Closed Won");
        var adapter = host.Adapter(ZohoDefaultMapping.Create());

        var first = await adapter.ReadDealChangesAsync(SyncWatermark.Beginning, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        var latest = deals.Add("Closed Lost");
        var second = await adapter.ReadDealChangesAsync(first.Next, CancellationToken.None);

        var sent = host.Emulator.Seed.Records("Deals").Select(r => r["Modified_Time"]!.ToString()).ToList();
        Assert.IsTrue(sent.All(t => t.EndsWith(offset, StringComparison.Ordinal)), string.Join(", ", sent));
        CollectionAssert.AreEqual(new[] { early, later }, first.Deals.Select(d => d.ExternalId).ToList());
        Assert.AreEqual(Start, first.Deals[0].ModifiedOn);
        Assert.AreEqual(Start.AddMinutes(1), first.Next.ModifiedAfter);
        CollectionAssert.AreEqual(new[] { latest }, second.Deals.Select(d => d.ExternalId).ToList());
    }
}

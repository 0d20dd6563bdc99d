using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Testing.Time;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Emulator.Diagnostics;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Records;

[TestClass]
public sealed class ZohoRecordReaderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static async Task<List<string>> ReadIdsAsync(ZohoTestHost host, DateTimeOffset? since = null)
    {
        var ids = new List<string>();
        await foreach (var record in host.Reader.ReadAsync("Deals", ["Deal_Name", "Stage", "Modified_Time"], since, CancellationToken.None))
        {
            ids.Add(record["id"]!.GetValue<string>());
        }

        return ids;
    }

    [TestMethod]
    public async Task ReadAsync_2500Deals_ReadsEveryOneUsingPageTokenPast2000()
    {
        await using var host = await ZohoTestHost.StartAsync(new ZohoEmulatorOptions { TimeProvider = new ManualTimeProvider(Start) });
        var seeded = new DealSeeds(host.Emulator).AddMany(2500);

        var read = await ReadIdsAsync(host);

        CollectionAssert.AreEquivalent(seeded, read);
        Assert.AreEqual(13, host.Emulator.Stats.CallsTo(ZohoRoutes.RecordsGet));
        Assert.IsGreaterThanOrEqualTo(3, host.Emulator.Stats.PageTokenReads);
    }

    [TestMethod]
    public async Task ReadAsync_EmptyModule_ReturnsNothingAfterOneCall()
    {
        await using var host = await ZohoTestHost.StartAsync();

        var read = await ReadIdsAsync(host);

        Assert.IsEmpty(read);
        Assert.AreEqual(1, host.Emulator.Stats.CallsTo(ZohoRoutes.RecordsGet));
    }

    [TestMethod]
    public async Task ReadAsync_IfModifiedSince_ReturnsOnlyLaterChangesAndNothingWhenNoneChanged()
    {
        var clock = new ManualTimeProvider(Start);
        await using var host = await ZohoTestHost.StartAsync(new ZohoEmulatorOptions { TimeProvider = clock });
        var deals = new DealSeeds(host.Emulator);
        deals.AddMany(5, modified: Start);
        var later = deals.Add(modified: Start.AddMinutes(5));

        var changed = await ReadIdsAsync(host, Start.AddMinutes(1));
        var unchanged = await ReadIdsAsync(host, Start.AddMinutes(10));

        CollectionAssert.AreEqual(new[] { later }, changed);
        Assert.IsEmpty(unchanged);
    }

    [TestMethod]
    public async Task ReadAsync_SortsByModifiedTimeAscending()
    {
        await using var host = await ZohoTestHost.StartAsync();
        var deals = new DealSeeds(host.Emulator);
        var newest = deals.Add(modified: Start.AddHours(2));
        var oldest = deals.Add(modified: Start);
        var middle = deals.Add(modified: Start.AddHours(1));

        var read = await ReadIdsAsync(host);

        CollectionAssert.AreEqual(new[] { oldest, middle, newest }, read);
    }

    [TestMethod]
    public async Task ReadAsync_FiftyOneFields_IsRefusedBeforeAnyCall()
    {
        await using var host = await ZohoTestHost.StartAsync();
        var fields = Enumerable.Range(0, 51).Select(i => $"F{i}").ToList();

        await Assert.ThrowsExactlyAsync<ArgumentException>(async () =>
        {
            await foreach (var unused in host.Reader.ReadAsync("Deals", fields, null, CancellationToken.None))
            {
            }
        });
        Assert.AreEqual(0, host.Emulator.Stats.TotalCalls);
    }
}

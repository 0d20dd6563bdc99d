using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;
using SalesGoals.Crm.Fenxiang.Tests.Support;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Fenxiang.Tests.Adapter;

[TestClass]
public sealed class DealChangeReaderTests
{
    private const string Opportunity = "NewOpportunityObj";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task ReadDealChangesAsync_TenantOptionCodes_StateComesFromOpsValueMapNotLabels()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.DefineObject(DefaultSchemas.NewOpportunity([new("p", "赢单"), new("w", "进行中"), new("x", "输单")]));
        var open = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().WithStatus("p").Build());
        var won = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().WithStatus("w").Build());
        var lost = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().WithStatus("x").Build());
        var mapping = new FenxiangMappingBuilder().WithStageMap(new Dictionary<string, string> { ["p"] = "Open", ["w"] = "Won", ["x"] = "Lost" }).Build();

        var batch = await host.CreateAdapter(mapping).ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken);

        var states = batch.Deals.ToDictionary(d => d.ExternalId, d => d.State);
        Assert.AreEqual(DealState.Open, states[open], "the option labelled 赢单 (won) is mapped Open by ops and must stay Open");
        Assert.AreEqual(DealState.Won, states[won]);
        Assert.AreEqual(DealState.Lost, states[lost]);
        Assert.IsEmpty(batch.Problems);
    }

    [TestMethod]
    public async Task ReadDealChangesAsync_FenxiangValueFormats_BecomeCanonicalValues()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var closeInstant = DateTimeOffset.Parse("2026-03-31T16:00:00Z", CultureInfo.InvariantCulture); // 1 April, midnight in Shanghai
        var id = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("大单").WithAmount("88000.50").WithStatus("2").ClosingOn(closeInstant).Build());

        var deal = (await host.CreateAdapter(new FenxiangMappingBuilder().Build()).ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken)).Deals.Single();

        Assert.AreEqual(id, deal.ExternalId);
        Assert.AreEqual("大单", deal.Name);
        Assert.AreEqual(88000.50m, deal.Amount);
        Assert.AreEqual(new DateOnly(2026, 4, 1), deal.CloseDate);
        Assert.AreEqual(FenxiangTestHost.AdminOpenUserId, deal.OwnerExternalId);
        Assert.AreEqual(DealState.Won, deal.State);
        Assert.AreEqual("CNY", deal.CurrencyCode);
    }

    [TestMethod]
    public async Task ReadDealChangesAsync_UnmappedStatusOption_IsReportedAndSkippedNotGuessed()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().WithStatus("1").Build());
        var unmapped = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().WithStatus("4").Build());

        var batch = await host.CreateAdapter(new FenxiangMappingBuilder().WithoutStageValue("4").Build()).ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken);

        Assert.HasCount(1, batch.Deals);
        Assert.IsFalse(batch.Deals.Any(d => d.ExternalId == unmapped));
        Assert.IsNotEmpty(batch.Problems);
        Assert.IsTrue(batch.Problems.All(p => p.Contains(unmapped, StringComparison.Ordinal)));
        Assert.IsTrue(batch.Problems.Any(p => p.Contains("sales_status value '4'", StringComparison.Ordinal)), string.Join(" | ", batch.Problems));
    }

    [TestMethod]
    public async Task ReadDealChangesAsync_RecordInvalidatedAfterWatermark_AppearsAsDeleted()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var id = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().WithStatus("2").Build(), host.Emulator.Options.TimeProvider.GetUtcNow().AddHours(-1));
        var adapter = host.CreateAdapter(new FenxiangMappingBuilder().Build());
        var first = await adapter.ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken);
        await host.Client.InvalidAsync(Opportunity, id, TestContext.CancellationToken);
        var invalidatedBy = host.Emulator.Options.TimeProvider.GetUtcNow();

        // The emulator's clock moves on past the invalidation (its change times have millisecond resolution).
        await Poll.UntilAsync(() => host.Emulator.Options.TimeProvider.GetUtcNow() > invalidatedBy.AddMilliseconds(4), cancellationToken: TestContext.CancellationToken);

        var second = await adapter.ReadDealChangesAsync(first.Next, TestContext.CancellationToken);

        Assert.IsFalse(first.Deals.Single().IsDeleted);
        var deleted = second.Deals.Single();
        Assert.AreEqual(id, deleted.ExternalId);
        Assert.IsTrue(deleted.IsDeleted);
    }

    [TestMethod]
    public async Task ReadDealChangesAsync_FromWatermark_ReturnsOnlyLaterChangesOldestFirst()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var now = host.Emulator.Options.TimeProvider.GetUtcNow();
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("old").Build(), now.AddHours(-3));
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("newer").Build(), now.AddMinutes(-10));
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("new").Build(), now.AddMinutes(-20));

        var batch = await host.CreateAdapter(new FenxiangMappingBuilder().Build()).ReadDealChangesAsync(new SyncWatermark(now.AddHours(-1)), TestContext.CancellationToken);

        CollectionAssert.AreEqual(new[] { "new", "newer" }, batch.Deals.Select(d => d.Name).ToArray());
    }

    [TestMethod]
    public async Task ReadDealChangesAsync_RecordsEditedWhileCursorWalks_AreReadByTheNextPoll()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-05-01T00:00:00Z", CultureInfo.InvariantCulture));
        await using var host = await FenxiangTestHost.StartAsync(emulatorOptions: new FenxiangEmulatorOptions { TimeProvider = clock, RateLimitEnabled = false });
        var start = clock.GetUtcNow();
        var a = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("a").Build(), start.AddMinutes(-30));
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("b").Build(), start.AddMinutes(-20));
        var c = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("c").Build(), start.AddMinutes(-10));
        var adapter = host.CreateAdapter(new FenxiangMappingBuilder().Build(), o => { o.PageSize = 1; o.ReadSettleTime = TimeSpan.FromSeconds(5); }, clock);
        var edited = false;
        host.Emulator.Faults.AfterEachCall = path =>
        {
            if (!edited && path.EndsWith("/data/query", StringComparison.Ordinal))
            {
                // After page 1 (record a) has been read: a is edited, then c, later in _id order, is edited after it.
                edited = true;
                host.Emulator.Tenant.Modify(Opportunity, a, r => r["name"] = "a2");
                clock.Advance(TimeSpan.FromSeconds(1));
                host.Emulator.Tenant.Modify(Opportunity, c, r => r["name"] = "c2");
            }
        };

        var first = await adapter.ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(10));
        var second = await adapter.ReadDealChangesAsync(first.Next, TestContext.CancellationToken);

        CollectionAssert.AreEquivalent(new[] { "a", "b" }, first.Deals.Select(d => d.Name).ToArray());
        CollectionAssert.AreEquivalent(new[] { "a2", "c2" }, second.Deals.Select(d => d.Name).ToArray());
    }

    [TestMethod]
    public async Task ReadDealChangesAsync_UsersMatchedByEmail_FillsOwnerEmailFromUserList()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Build());

        var deal = (await host.CreateAdapter(new FenxiangMappingBuilder().MatchingUsersByEmail().Build()).ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken)).Deals.Single();

        Assert.AreEqual("admin@example.com", deal.OwnerEmail);
        Assert.AreEqual(1, host.Emulator.Stats.CallsTo("/cgi/user/list"));
    }

    [TestMethod]
    public async Task ReadDealChangesAsync_HeaderAuthentication_ReadsPlainEmployeeIds()
    {
        await using var host = await FenxiangTestHost.StartAsync(SalesGoals.Crm.Fenxiang.Configuration.FenxiangAuthStyle.Header);
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Build());

        var deal = (await host.CreateAdapter(new FenxiangMappingBuilder().Build()).ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken)).Deals.Single();

        Assert.AreEqual(FenxiangTestHost.AdminId, deal.OwnerExternalId);
    }

}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Testing.Time;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Emulator.State;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Adapter;

[TestClass]
public sealed class ZohoAdapterReadTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly CrmMapping Mapping = ZohoDefaultMapping.Create(
        extraDealFields: [new FieldMap("Region", CanonicalDealField.Region, ValueMap: "region")],
        valueMaps: [new ValueMap("region", new Dictionary<string, string> { ["EMEA North"] = "EMEA", ["Greater China"] = "APAC" })]);

    private ZohoTestHost _host = null!;
    private ManualTimeProvider _clock = null!;
    private DealSeeds _deals = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _clock = new ManualTimeProvider(Start);
        _host = await ZohoTestHost.StartAsync(new ZohoEmulatorOptions { TimeProvider = _clock });
        _deals = new DealSeeds(_host.Emulator);
    }

    [TestCleanup]
    public async Task StopAsync() => await _host.DisposeAsync();

    private Task<DealChangeBatch> ReadAsync(SyncWatermark? since = null) =>
        _host.Adapter(Mapping).ReadDealChangesAsync(since ?? SyncWatermark.Beginning, CancellationToken.None);

    [TestMethod]
    public async Task Read_StatesComeFromForecastType_NotFromStageNames()
    {
        _host.Emulator.Seed.AddStage(new ZohoStage("Closed Won - awaiting PO", ZohoStage.Open, 95));
        _host.Emulator.Seed.AddStage(new ZohoStage("Signed", ZohoStage.ClosedWon, 100));
        var lookalike = _deals.Add("Closed Won - awaiting PO");
        var signed = _deals.Add("Signed");
        var lost = _deals.Add("Closed Lost");
        var lostToCompetitor = _deals.Add("Closed Lost to Competition");
        var open = _deals.Add("Negotiation/Review");

        var batch = await ReadAsync();

        var states = batch.Deals.ToDictionary(d => d.ExternalId, d => d.State);
        Assert.AreEqual(DealState.Open, states[lookalike]);
        Assert.AreEqual(DealState.Won, states[signed]);
        Assert.AreEqual(DealState.Lost, states[lost]);
        Assert.AreEqual(DealState.Lost, states[lostToCompetitor]);
        Assert.AreEqual(DealState.Open, states[open]);
        Assert.IsEmpty(batch.Problems);
    }

    [TestMethod]
    public async Task Read_RenamedWonStage_StillReadsAsWon()
    {
        var deal = _deals.Add("Closed Won");
        _host.Emulator.Seed.RenameStage("Closed Won", "Contract Signed");

        var batch = await ReadAsync();

        var read = batch.Deals.Single(d => d.ExternalId == deal);
        Assert.AreEqual(DealState.Won, read.State);
        Assert.AreEqual("Contract Signed", read.StageValue);
    }

    [TestMethod]
    public async Task Read_UsesPipelinesWhenALayoutIsConfigured()
    {
        await using var host = await ZohoTestHost.StartAsync(
            new ZohoEmulatorOptions { TimeProvider = _clock },
            new Dictionary<string, string?> { ["Zoho:DealsLayoutId"] = "5725767000000091055" });
        host.Emulator.Seed.AddPipeline("Renewals", [new ZohoStage("Renewed", ZohoStage.ClosedWon, 100), new ZohoStage("Churned", ZohoStage.ClosedLost, 0)]);
        var seeds = new DealSeeds(host.Emulator);
        var renewed = seeds.Add("Renewed");
        var churned = seeds.Add("Churned");

        var batch = await host.Adapter(Mapping).ReadDealChangesAsync(SyncWatermark.Beginning, CancellationToken.None);

        Assert.AreEqual(DealState.Won, batch.Deals.Single(d => d.ExternalId == renewed).State);
        Assert.AreEqual(DealState.Lost, batch.Deals.Single(d => d.ExternalId == churned).State);
        Assert.AreEqual(1, host.Emulator.Stats.CallsTo("settings.pipeline"));
    }

    [TestMethod]
    public async Task Read_TranslatesFieldsOwnerAndMappedDimensions()
    {
        var id = _deals.Add("Proposal/Price Quote", 2500.50m, extra: new Dictionary<string, string> { ["Region"] = "Greater China" });

        var deal = (await ReadAsync()).Deals.Single(d => d.ExternalId == id);

        Assert.AreEqual(2500.50m, deal.Amount);
        Assert.AreEqual("USD", deal.CurrencyCode);
        Assert.AreEqual(new DateOnly(2026, 6, 30), deal.CloseDate);
        Assert.AreEqual(_deals.OwnerId, deal.OwnerExternalId);
        Assert.AreEqual("mei.chen@example.com", deal.OwnerEmail);
        Assert.AreEqual("APAC", deal.Dimensions[CanonicalDealField.Region]);
        Assert.AreEqual(Start, deal.ModifiedOn);
    }

    [TestMethod]
    public async Task Read_UnmappedDimensionValue_IsReportedAndNotGuessed()
    {
        var mapped = _deals.Add(extra: new Dictionary<string, string> { ["Region"] = "EMEA North" });
        var unmapped = _deals.Add(extra: new Dictionary<string, string> { ["Region"] = "Nordics" });

        var batch = await ReadAsync();

        CollectionAssert.AreEqual(new[] { mapped }, batch.Deals.Select(d => d.ExternalId).ToList());
        Assert.HasCount(1, batch.Problems);
        StringAssert.Contains(batch.Problems[0], unmapped);
        StringAssert.Contains(batch.Problems[0], "'Nordics'");
        StringAssert.Contains(batch.Problems[0], "'region'");
    }

    [TestMethod]
    public async Task Read_DeletedDeals_ComeBackAsDeleted()
    {
        var kept = _deals.Add();
        var recycled = _deals.Add();
        var purged = _deals.Add();
        _clock.Advance(TimeSpan.FromMinutes(3));
        _host.Emulator.Seed.DeleteRecord("Deals", recycled);
        _host.Emulator.Seed.DeleteRecord("Deals", purged, permanent: true);

        var batch = await ReadAsync();

        Assert.IsFalse(batch.Deals.Single(d => d.ExternalId == kept).IsDeleted);
        Assert.IsTrue(batch.Deals.Single(d => d.ExternalId == recycled).IsDeleted);
        Assert.IsTrue(batch.Deals.Single(d => d.ExternalId == purged).IsDeleted);
        Assert.AreEqual(Start.AddMinutes(3), batch.Next.ModifiedAfter);
    }

    [TestMethod]
    public async Task Read_FromWatermark_ReturnsOnlyLaterChangesAndReopenedDeals()
    {
        var won = _deals.Add("Closed Won");
        _deals.Add("Qualification");
        var first = await ReadAsync();
        _clock.Advance(TimeSpan.FromMinutes(10));
        _host.Emulator.Seed.UpdateRecord("Deals", won, d => d["Stage"] = "Negotiation/Review");

        var second = await ReadAsync(first.Next);
        var third = await ReadAsync(second.Next);

        var reopened = second.Deals.Single();
        Assert.AreEqual(won, reopened.ExternalId);
        Assert.AreEqual(DealState.Open, reopened.State);
        Assert.IsEmpty(third.Deals);
        Assert.AreEqual(second.Next, third.Next);
    }

    [TestMethod]
    public async Task Read_RecordsSharingTheWatermarkSecond_AreNeitherLostNorRepeated()
    {
        var ids = _deals.AddMany(3, modified: Start);
        var partial = new SyncWatermark(Start, ids[0]);

        var batch = await ReadAsync(partial);

        CollectionAssert.AreEqual(ids.Skip(1).ToList(), batch.Deals.Select(d => d.ExternalId).ToList());
        Assert.AreEqual(new SyncWatermark(Start, ids[2]), batch.Next);
    }

    [TestMethod]
    public async Task Read_2500Deals_ComeBackInModifiedOrder()
    {
        for (var i = 0; i < 2500; i++)
        {
            _deals.Add(modified: Start.AddSeconds(i % 600));
        }

        var batch = await ReadAsync();

        Assert.HasCount(2500, batch.Deals);
        Assert.AreEqual(2500, batch.Deals.Select(d => d.ExternalId).Distinct().Count());
        Assert.IsTrue(batch.Deals.Zip(batch.Deals.Skip(1)).All(p => p.First.ModifiedOn <= p.Second.ModifiedOn));
        Assert.IsGreaterThan(0, _host.Emulator.Stats.PageTokenReads);
    }
}

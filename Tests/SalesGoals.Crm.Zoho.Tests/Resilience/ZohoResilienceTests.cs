using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Emulator.Diagnostics;
using SalesGoals.Crm.Zoho.Emulator.Faults;
using SalesGoals.Crm.Zoho.Errors;
using SalesGoals.Crm.Zoho.Records;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Resilience;

/// <summary>Faults played by the emulator, ridden out by the client as registered by AddZohoCrm
/// (client cap 4 requests in flight; the emulated org also refuses a fifth with 429).</summary>
[TestClass]
public sealed class ZohoResilienceTests
{
    private const int Cap = 4;

    private const int StormLength = 20;
    private ZohoTestHost _host = null!;
    private string _ownerId = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _host = await ZohoTestHost.StartAsync(new ZohoEmulatorOptions { ConcurrencyLimit = Cap });
        _ownerId = _host.Emulator.Seed.AddUser("Ana", "Souza", "ana.souza@example.com");
    }

    [TestCleanup]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestMethod]
    public async Task TooManyRequestsStorm_IsRiddenOutWithinTheCapWithoutLosingRecords()
    {
        // A storm no longer than one call's retry budget (20 retries), so even a call that meets every
        // throttled response alone — which happens when the others are between attempts — gets through.
        await _host.DisposeAsync();
        _host = await ZohoTestHost.StartAsync(new ZohoEmulatorOptions { ConcurrencyLimit = Cap }, new Dictionary<string, string?> { ["Zoho:MaxRetryAttempts"] = "20" });
        _ownerId = _host.Emulator.Seed.AddUser("Ana", "Souza", "ana.souza@example.com");
        var seeded = new DealSeeds(_host.Emulator, _ownerId).AddMany(1000);
        var rows = GoalRows.Many(_ownerId, 600);
        var adapter = _host.Adapter(ZohoDefaultMapping.Create());
        await adapter.VerifyAsync(CancellationToken.None);
        _host.Emulator.Faults.TooManyRequests(StormLength);

        var read = adapter.ReadDealChangesAsync(SyncWatermark.Beginning, CancellationToken.None);
        var written = adapter.WriteGoalProgressAsync(rows, CancellationToken.None);
        await Task.WhenAll(read, written);

        Assert.AreEqual(StormLength, _host.Emulator.Stats.ThrottledResponses);
        Assert.IsLessThanOrEqualTo(Cap, _host.Emulator.Stats.MaxConcurrent);
        CollectionAssert.AreEquivalent(seeded, (await read).Deals.Select(d => d.ExternalId).ToList());
        Assert.IsTrue((await written).All(r => r.Succeeded));
        Assert.HasCount(600, _host.Emulator.Seed.Records("Sales_Targets"));
    }

    [TestMethod]
    public async Task TokenExpiringMidRun_IsRefreshedOnceAndNoRecordFails()
    {
        new DealSeeds(_host.Emulator, _ownerId).AddMany(1000);
        var rows = GoalRows.Many(_ownerId, 800);
        var adapter = _host.Adapter(ZohoDefaultMapping.Create());
        _host.Emulator.Faults.ExpireTokensAfterCalls(4);

        var read = adapter.ReadDealChangesAsync(SyncWatermark.Beginning, CancellationToken.None);
        var written = adapter.WriteGoalProgressAsync(rows, CancellationToken.None);
        await Task.WhenAll(read, written);

        Assert.AreEqual(2, _host.Emulator.TokensMinted);
        Assert.IsGreaterThanOrEqualTo(1, _host.Emulator.Stats.UnauthorizedResponses);
        Assert.HasCount(1000, (await read).Deals);
        Assert.IsTrue((await written).All(r => r.Succeeded));
        Assert.HasCount(800, _host.Emulator.Seed.Records("Sales_Targets"));
    }

    [TestMethod]
    public async Task PartialBatchFailure_RetriesOnlyTheTransientOnesAndReportsFieldPaths()
    {
        var rows = GoalRows.Many(_ownerId, 150);
        foreach (var locked in new[] { 3, 40, 77 })
        {
            _host.Emulator.Faults.FailRecords(new ZohoRecordFault("Sales_Targets", "Goal_Id", rows[locked].GoalId.ToString("D"), "RECORD_LOCKED", "Goal_Id", Times: 1));
        }

        foreach (var invalid in new[] { 10, 60 })
        {
            _host.Emulator.Faults.FailRecords(new ZohoRecordFault("Sales_Targets", "Goal_Id", rows[invalid].GoalId.ToString("D"), "INVALID_DATA", "Actual_Value"));
        }

        var results = await _host.Adapter(ZohoDefaultMapping.Create()).WriteGoalProgressAsync(rows, CancellationToken.None);

        var failed = results.Where(r => !r.Succeeded).ToList();
        CollectionAssert.AreEquivalent(new[] { rows[10].GoalId, rows[60].GoalId }, failed.Select(f => f.GoalId).ToList());
        Assert.IsTrue(failed.All(f => f.ErrorCode == "INVALID_DATA"));
        Assert.AreEqual("$.data[10].Actual_Value", failed.Single(f => f.GoalId == rows[10].GoalId).FieldPath);
        Assert.AreEqual("$.data[60].Actual_Value", failed.Single(f => f.GoalId == rows[60].GoalId).FieldPath);
        CollectionAssert.AreEquivalent(new[] { 100, 50, 3 }, _host.Emulator.Stats.WriteBatchSizes.ToList());
        Assert.HasCount(148, _host.Emulator.Seed.Records("Sales_Targets"));
    }

    [TestMethod]
    public async Task ServerErrors_OnReads_AreRetried()
    {
        var seeded = new DealSeeds(_host.Emulator, _ownerId).AddMany(450);
        var adapter = _host.Adapter(ZohoDefaultMapping.Create());
        await adapter.VerifyAsync(CancellationToken.None);
        _host.Emulator.Faults.ServerErrors(3, 503);

        var batch = await adapter.ReadDealChangesAsync(SyncWatermark.Beginning, CancellationToken.None);

        Assert.AreEqual(3, _host.Emulator.Stats.ServerErrorResponses);
        CollectionAssert.AreEquivalent(seeded, batch.Deals.Select(d => d.ExternalId).ToList());
    }

    [TestMethod]
    public async Task ServerError_OnPlainInsert_IsNotRetriedSoNothingIsCreatedTwice()
    {
        await _host.Services.GetService<ZohoMetadataClient>()!.GetModulesAsync(CancellationToken.None);
        _host.Emulator.Faults.ServerErrors(1);
        var record = new JsonObject { ["Name"] = "once", ["Goal_Id"] = "insert-once" };

        var outcomes = await _host.Writer.WriteAsync(ZohoWriteOperation.Insert, "Sales_Targets", [record], null, CancellationToken.None);

        Assert.AreEqual(ZohoErrorKind.InternalError, outcomes[0].Error!.Kind);
        Assert.AreEqual(1, _host.Emulator.Stats.CallsTo(ZohoRoutes.RecordsInsert));
        Assert.IsEmpty(_host.Emulator.Seed.Records("Sales_Targets"));
    }

    [TestMethod]
    public async Task Latency_IsToleratedWithinTheAttemptTimeout()
    {
        _host.Emulator.Faults.Latency = TimeSpan.FromMilliseconds(30);

        var modules = await _host.Services.GetService<ZohoMetadataClient>()!.GetModulesAsync(CancellationToken.None);

        Assert.IsTrue(modules.Any(m => m.ApiName == "Sales_Targets"));
    }
}

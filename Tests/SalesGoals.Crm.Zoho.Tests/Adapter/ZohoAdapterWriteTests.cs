using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Emulator.Diagnostics;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Adapter;

[TestClass]
public sealed class ZohoAdapterWriteTests
{
    private ZohoTestHost _host = null!;
    private string _ownerId = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _host = await ZohoTestHost.StartAsync();
        _ownerId = _host.Emulator.Seed.AddUser("Li", "Wei", "li.wei@example.com");
    }

    [TestCleanup]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestMethod]
    public async Task Write_250Rows_UpsertsInCallsOfAtMost100KeyedByGoalId()
    {
        var rows = GoalRows.Many(_ownerId, 250);

        var results = await _host.Adapter(ZohoDefaultMapping.Create()).WriteGoalProgressAsync(rows, CancellationToken.None);

        Assert.IsTrue(results.All(r => r.Succeeded && r.ExternalRecordId is not null));
        CollectionAssert.AreEqual(rows.Select(r => r.GoalId).ToList(), results.Select(r => r.GoalId).ToList());
        CollectionAssert.AreEquivalent(new[] { 100, 100, 50 }, _host.Emulator.Stats.WriteBatchSizes.ToList());
        Assert.AreEqual(3, _host.Emulator.Stats.CallsTo(ZohoRoutes.RecordsUpsert));
        Assert.HasCount(250, _host.Emulator.Seed.Records("Sales_Targets"));
    }

    [TestMethod]
    public async Task Write_SameGoalTwice_UpdatesTheRecordInsteadOfDuplicating()
    {
        var adapter = _host.Adapter(ZohoDefaultMapping.Create());
        var row = GoalRows.One(_ownerId);
        await adapter.WriteGoalProgressAsync([row], CancellationToken.None);

        var again = await adapter.WriteGoalProgressAsync([row with { Actual = 90_000m, AttainmentPercent = 90m, Tier = "Target" }], CancellationToken.None);

        var stored = _host.Emulator.Seed.Records("Sales_Targets").Single();
        Assert.IsTrue(again[0].Succeeded);
        Assert.AreEqual(row.GoalId.ToString("D"), stored["Goal_Id"]!.GetValue<string>());
        Assert.AreEqual(90_000m, stored["Actual_Value"]!.GetValue<decimal>());
        Assert.AreEqual("Target", stored["Tier"]!.GetValue<string>());
        Assert.AreEqual(_ownerId, stored["Owner"]!["id"]!.GetValue<string>());
        Assert.AreEqual("2026-04-01", stored["Period_Start"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Write_UnknownOwner_FailsThatRowWithTheOwnerFieldPath()
    {
        var rows = new[] { GoalRows.One(_ownerId, 0), GoalRows.One("999999", 1) };

        var results = await _host.Adapter(ZohoDefaultMapping.Create()).WriteGoalProgressAsync(rows, CancellationToken.None);

        Assert.IsTrue(results[0].Succeeded);
        Assert.IsFalse(results[1].Succeeded);
        Assert.AreEqual("INVALID_DATA", results[1].ErrorCode);
        Assert.AreEqual("$.data[1].Owner", results[1].FieldPath);
    }

    [TestMethod]
    public async Task Write_OutboundValueMapWithoutEntry_FailsTheRowWithoutSendingIt()
    {
        var targets = ZohoDefaultMapping.Targets with
        {
            Fields = ZohoDefaultMapping.Targets.Fields
                .Select(f => f.CanonicalField == CanonicalGoalField.PaceStatus ? f with { ValueMap = "pace" } : f).ToList(),
        };
        var mapping = ZohoDefaultMapping.Create() with
        {
            Objects = [ZohoDefaultMapping.Deals, targets],
            ValueMaps = [new ValueMap("pace", new Dictionary<string, string> { ["On track"] = "OnTrack" })],
        };
        var rows = new[] { GoalRows.One(_ownerId, 0, "OnTrack"), GoalRows.One(_ownerId, 1, "AtRisk") };

        var results = await _host.Adapter(mapping).WriteGoalProgressAsync(rows, CancellationToken.None);

        Assert.IsTrue(results[0].Succeeded);
        Assert.AreEqual("On track", _host.Emulator.Seed.Records("Sales_Targets").Single()["Pace_Status"]!.GetValue<string>());
        Assert.IsFalse(results[1].Succeeded);
        Assert.AreEqual("Pace_Status", results[1].FieldPath);
        CollectionAssert.AreEqual(new[] { 1 }, _host.Emulator.Stats.WriteBatchSizes.ToList());
    }

    [TestMethod]
    public async Task Write_SameGoalTwiceInOneCall_WritesOnlyTheLastRow()
    {
        var first = GoalRows.One(_ownerId);
        var last = first with { Actual = 77_000m };

        var results = await _host.Adapter(ZohoDefaultMapping.Create()).WriteGoalProgressAsync([first, last], CancellationToken.None);

        Assert.AreEqual("DUPLICATE_ROW", results[0].ErrorCode);
        Assert.IsTrue(results[1].Succeeded);
        Assert.AreEqual(77_000m, _host.Emulator.Seed.Records("Sales_Targets").Single()["Actual_Value"]!.GetValue<decimal>());
    }
}

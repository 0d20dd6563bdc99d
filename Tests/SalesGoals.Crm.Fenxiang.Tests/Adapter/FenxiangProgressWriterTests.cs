using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Fenxiang.Emulator.Faults;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Fenxiang.Tests.Support;

namespace SalesGoals.Crm.Fenxiang.Tests.Adapter;

[TestClass]
public sealed class FenxiangProgressWriterTests
{
    private const string GoalObject = "sales_goal__c";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task WriteGoalProgressAsync_MixOfNewAndExisting_CreatesMissingAndUpdatesExisting()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var existing = new GoalRowBuilder().Build();
        var existingId = host.Emulator.Tenant.Seed(GoalObject, new JsonObject
        {
            ["name"] = "old", ["owner"] = new JsonArray(FenxiangTestHost.AdminId), ["goal_id__c"] = existing.GoalId.ToString("D"), ["actual__c"] = "1.00",
        });
        var rows = new[] { existing with { Actual = 777.25m }, new GoalRowBuilder().Build(), new GoalRowBuilder().Build() };

        var results = await host.CreateAdapter(new FenxiangMappingBuilder().Build()).WriteGoalProgressAsync(rows, TestContext.CancellationToken);

        Assert.IsTrue(results.All(r => r.Succeeded));
        Assert.AreEqual(existingId, results[0].ExternalRecordId);
        Assert.AreEqual(3, host.Emulator.Tenant.Count(GoalObject));
        Assert.AreEqual("777.25", host.Emulator.Tenant.Find(GoalObject, existingId)!["actual__c"]!.GetValue<string>());
        Assert.AreEqual(1, host.Emulator.Stats.CallsTo("/cgi/crm/custom/v2/data/query"));
        Assert.AreEqual(2, host.Emulator.Stats.CallsTo("/cgi/crm/custom/v2/data/create"));
        Assert.AreEqual(1, host.Emulator.Stats.CallsTo("/cgi/crm/custom/v2/data/update"));
    }

    [TestMethod]
    public async Task WriteGoalProgressAsync_NewRow_StoresFenxiangFormats()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var row = new GoalRowBuilder().Build();

        var result = (await host.CreateAdapter(new FenxiangMappingBuilder().Build()).WriteGoalProgressAsync([row], TestContext.CancellationToken)).Single();

        var stored = host.Emulator.Tenant.Find(GoalObject, result.ExternalRecordId!)!;
        Assert.AreEqual("1000000", stored["target__c"]!.GetValue<string>());
        Assert.AreEqual("250000.5", stored["actual__c"]!.GetValue<string>());
        Assert.AreEqual(DateTimeOffset.Parse("2026-03-31T16:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), stored["period_start__c"]!.GetValue<long>());
        Assert.AreEqual(FenxiangTestHost.AdminId, stored["owner"]!.AsArray().Single()!.GetValue<string>());
        Assert.AreEqual("behind", stored["pace_status__c"]!.GetValue<string>(), "pace status goes through ops' value map to the tenant's option value");
    }

    [TestMethod]
    public async Task WriteGoalProgressAsync_TransientAndPermanentFailures_RetriesOnlyFailedRowsAndReportsEach()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var rows = Enumerable.Range(0, 10).Select(_ => new GoalRowBuilder().Build()).ToArray();
        var timedOut = rows[2].GoalId.ToString("D");
        var refused = rows[5].GoalId.ToString("D");
        // The create of row 2 runs but its answer is a timeout; row 5 is refused by a business rule every time.
        host.Emulator.Faults.FailWrites(new WriteFailure("goal_id__c", timedOut, FenxiangErrorCodes.ServiceTimeout, 1, ExecuteFirst: true));
        host.Emulator.Faults.FailWrites(new WriteFailure("goal_id__c", refused, FenxiangErrorCodes.LookupTargetMissing, 100));

        var results = await host.CreateAdapter(new FenxiangMappingBuilder().Build()).WriteGoalProgressAsync(rows, TestContext.CancellationToken);

        Assert.HasCount(10, results);
        Assert.AreEqual(9, results.Count(r => r.Succeeded));
        var failed = results.Single(r => !r.Succeeded);
        Assert.AreEqual(rows[5].GoalId, failed.GoalId);
        Assert.AreEqual("201112011", failed.ErrorCode);
        Assert.AreEqual(9, host.Emulator.Tenant.Count(GoalObject), "the timed-out create is found by key and updated, not duplicated");
        Assert.AreEqual(10, host.Emulator.Stats.CallsTo("/cgi/crm/custom/v2/data/create"), "each row is created once; the business refusal is not retried");
        Assert.AreEqual(1, host.Emulator.Stats.CallsTo("/cgi/crm/custom/v2/data/update"), "only the timed-out row is written again");
        Assert.AreEqual(2, host.Emulator.Stats.CallsTo("/cgi/crm/custom/v2/data/query"), "one key lookup per round");
    }

    [TestMethod]
    public async Task WriteGoalProgressAsync_DuplicateGoalIds_RefusesBatchAndWritesNothing()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var row = new GoalRowBuilder().Build();

        var error = await Assert.ThrowsExactlyAsync<ArgumentException>(() =>
            host.CreateAdapter(new FenxiangMappingBuilder().Build()).WriteGoalProgressAsync([row, row with { Actual = 1 }], TestContext.CancellationToken));

        Assert.Contains(row.GoalId.ToString(), error.Message);
        Assert.AreEqual(0, host.Emulator.Stats.ApiCalls);
    }

    [TestMethod]
    public async Task WriteGoalProgressAsync_OwnerMoved_UpdatesThenChangesOwner()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.AddEmployee(new EmulatedEmployee("1001", "李四", Email: "li@example.com"));
        var row = new GoalRowBuilder().Build();
        var id = host.Emulator.Tenant.Seed(GoalObject, new JsonObject
        {
            ["name"] = "g", ["owner"] = new JsonArray(FenxiangTestHost.AdminId), ["goal_id__c"] = row.GoalId.ToString("D"),
        });

        var result = (await host.CreateAdapter(new FenxiangMappingBuilder().Build())
            .WriteGoalProgressAsync([row with { OwnerExternalId = EmulatedEmployee.OpenUserIdFor("1001") }], TestContext.CancellationToken)).Single();

        Assert.IsTrue(result.Succeeded, result.Message);
        Assert.AreEqual("1001", host.Emulator.Tenant.Find(GoalObject, id)!["owner"]!.AsArray().Single()!.GetValue<string>());
        Assert.AreEqual(1, host.Emulator.Stats.CallsTo("/cgi/crm/custom/v2/data/changeOwner"));
    }

    [TestMethod]
    public async Task WriteGoalProgressAsync_DailyQuotaExhausted_StopsAndReportsEveryRow()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        await host.Tokens.GetAsync(TestContext.CancellationToken);
        host.Emulator.ExhaustDailyQuota();
        var rows = Enumerable.Range(0, 5).Select(_ => new GoalRowBuilder().Build()).ToArray();

        var results = await host.CreateAdapter(new FenxiangMappingBuilder().Build()).WriteGoalProgressAsync(rows, TestContext.CancellationToken);

        Assert.IsTrue(results.All(r => !r.Succeeded && r.ErrorCode == "30002"));
        Assert.AreEqual(1, host.Emulator.Stats.ApiCalls, "30002 is not retried and stops the batch");
    }
}

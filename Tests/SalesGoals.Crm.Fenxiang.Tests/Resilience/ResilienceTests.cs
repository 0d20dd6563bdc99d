using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Fenxiang.Tests.Support;
using SalesGoals.Crm.Integration.Deals;

namespace SalesGoals.Crm.Fenxiang.Tests.Resilience;

[TestClass]
public sealed class ResilienceTests
{
    private const string Opportunity = "NewOpportunityObj";
    private const string GoalObject = "sales_goal__c";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task ThrottlingStorm_ReadAndWrite_RiddenOutWithinConcurrencyCapWithoutLosingRecords()
    {
        await using var host = await FenxiangTestHost.StartAsync(configure: o => { o.MaxConcurrentRequests = 3; o.MaxRetryAttempts = 20; });
        for (var i = 0; i < 500; i++)
        {
            host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named($"d{i}").Build(), host.Emulator.Options.TimeProvider.GetUtcNow().AddMinutes(-5));
        }

        var rows = Enumerable.Range(0, 40).Select(_ => new GoalRowBuilder().Build()).ToArray();
        var adapter = host.CreateAdapter(new FenxiangMappingBuilder().Build(), o => { o.PageSize = 50; o.WriteParallelism = 8; });
        await host.Tokens.GetAsync(TestContext.CancellationToken);
        // No longer than one call's retry budget (20), so even a call that meets the whole storm alone gets through.
        host.Emulator.Faults.ThrottleNextCalls(20);

        var readTask = adapter.ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken);
        var writeTask = adapter.WriteGoalProgressAsync(rows, TestContext.CancellationToken);
        var batch = await readTask;
        var results = await writeTask;

        Assert.HasCount(500, batch.Deals);
        Assert.AreEqual(500, batch.Deals.Select(d => d.ExternalId).Distinct().Count());
        Assert.IsTrue(results.All(r => r.Succeeded), string.Join("; ", results.Where(r => !r.Succeeded).Select(r => r.Message)));
        Assert.AreEqual(40, host.Emulator.Tenant.Count(GoalObject));
        Assert.IsLessThanOrEqualTo(3, host.Emulator.Stats.MaxConcurrentApiCalls);
        Assert.IsGreaterThanOrEqualTo(40 + 10 + 20, host.Emulator.Stats.ApiCalls, "the 20 throttled answers were retried");
    }

    [TestMethod]
    public async Task TokenExpiresMidRun_WritesAllRows_WithOneRefresh()
    {
        await using var host = await FenxiangTestHost.StartAsync(configure: o => o.MaxConcurrentRequests = 4);
        var rows = Enumerable.Range(0, 60).Select(_ => new GoalRowBuilder().Build()).ToArray();
        host.Emulator.Faults.ExpireTokensAfterCalls(15);

        var results = await host.CreateAdapter(new FenxiangMappingBuilder().Build(), o => o.WriteParallelism = 8).WriteGoalProgressAsync(rows, TestContext.CancellationToken);

        Assert.IsTrue(results.All(r => r.Succeeded));
        Assert.AreEqual(60, host.Emulator.Tenant.Count(GoalObject));
        Assert.AreEqual(2, host.Emulator.Stats.TokenCalls, "one token at the start, one refresh after expiry");
        Assert.AreEqual(0, host.Emulator.Stats.RefusedTokenCalls);
    }

    [TestMethod]
    [DataRow(HttpStatusCode.BadGateway)]
    [DataRow(HttpStatusCode.ServiceUnavailable)]
    public async Task GatewayErrors_DuringRead_AreRetried(HttpStatusCode status)
    {
        await using var host = await FenxiangTestHost.StartAsync();
        for (var i = 0; i < 30; i++)
        {
            host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Build(), host.Emulator.Options.TimeProvider.GetUtcNow().AddMinutes(-5));
        }

        await host.Tokens.GetAsync(TestContext.CancellationToken);
        host.Emulator.Faults.FailGatewayNextCalls(3, status);

        var batch = await host.CreateAdapter(new FenxiangMappingBuilder().Build(), o => o.PageSize = 10).ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken);

        Assert.HasCount(30, batch.Deals);
    }

    [TestMethod]
    public async Task GatewayErrors_OnCreate_AreNotBlindlyResentButRowIsReportedOrRecovered()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var row = new GoalRowBuilder().Build();
        await host.Tokens.GetAsync(TestContext.CancellationToken);
        var adapter = host.CreateAdapter(new FenxiangMappingBuilder().Build());
        await adapter.WriteGoalProgressAsync([new GoalRowBuilder().Build()], TestContext.CancellationToken);
        host.Emulator.Stats.Reset();
        host.Emulator.Faults.AfterEachCall = path =>
        {
            if (path.EndsWith("/data/query", StringComparison.Ordinal))
            {
                host.Emulator.Faults.FailGatewayNextCalls(1);
                host.Emulator.Faults.AfterEachCall = null;
            }
        };

        var result = (await adapter.WriteGoalProgressAsync([row], TestContext.CancellationToken)).Single();

        Assert.IsTrue(result.Succeeded, result.Message);
        Assert.AreEqual(2, host.Emulator.Tenant.Count(GoalObject));
        Assert.AreEqual(2, host.Emulator.Stats.CallsTo("/cgi/crm/custom/v2/data/create"), "the 502'd create is sent again only after the key was looked up again");
        Assert.AreEqual(2, host.Emulator.Stats.CallsTo("/cgi/crm/custom/v2/data/query"));
    }

    [TestMethod]
    public async Task Latency_WithConcurrentCallers_NeverExceedsConcurrencyCap()
    {
        await using var host = await FenxiangTestHost.StartAsync(configure: o => o.MaxConcurrentRequests = 2);
        host.Emulator.Faults.Latency = TimeSpan.FromMilliseconds(20);

        var results = await host.CreateAdapter(new FenxiangMappingBuilder().Build(), o => o.WriteParallelism = 10)
            .WriteGoalProgressAsync(Enumerable.Range(0, 20).Select(_ => new GoalRowBuilder().Build()).ToArray(), TestContext.CancellationToken);

        Assert.IsTrue(results.All(r => r.Succeeded));
        Assert.AreEqual(2, host.Emulator.Stats.MaxConcurrentApiCalls);
    }

    [TestMethod]
    public async Task DailyQuotaExhausted_Query_ThrowsQuotaExhaustedWithoutRetrying()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        await host.Tokens.GetAsync(TestContext.CancellationToken);
        host.Emulator.ExhaustDailyQuota();

        var error = await Assert.ThrowsExactlyAsync<FenxiangApiException>(() => host.Client.ListObjectsAsync(TestContext.CancellationToken));

        Assert.AreEqual(FenxiangOutcome.QuotaExhausted, error.Outcome);
        Assert.AreEqual(1, host.Emulator.Stats.ApiCalls);
    }

    [TestMethod]
    public async Task EndpointSpacing_BulkCalls_AreSpacedPerEndpoint()
    {
        await using var host = await FenxiangTestHost.StartAsync(configure: o => o.EndpointSpacing = TimeSpan.FromMilliseconds(40));
        await host.Client.ListObjectsAsync(TestContext.CancellationToken);
        var started = host.Clock!.GetUtcNow();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => host.Client.ListObjectsAsync(TestContext.CancellationToken)));

        Assert.IsGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(200), host.Clock.GetUtcNow() - started, "5 calls after one other are 40 ms apart at least (fake time)");
    }
}

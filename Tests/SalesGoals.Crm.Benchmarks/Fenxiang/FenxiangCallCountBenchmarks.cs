using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Fenxiang;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Fenxiang.Configuration;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Testing.Time;

namespace SalesGoals.Crm.Benchmarks.Fenxiang;

/// <summary>
/// HTTP calls per 1,000 deals read and per 1,000 goal rows written by the Fenxiang adapter, against the
/// naive one call per record (a get per deal; a lookup plus a create/update per goal row). Fenxiang has
/// no batch write, so writes save only the key lookups. Run:
/// <c>dotnet run -c Release --project Tests/SalesGoals.Crm.Benchmarks -- --filter *FenxiangCallCount*</c>.
/// </summary>
[Config(typeof(FenxiangCallCountConfig))]
public class FenxiangCallCountBenchmarks
{
    private const int Records = 1000;
    private const string Opportunity = "NewOpportunityObj";
    private const string GoalObject = "sales_goal__c";

    private FenxiangEmulator _emulator = null!;
    private ServiceProvider _services = null!;
    private IFenxiangClient _client = null!;
    private FenxiangCrmAdapter _adapter = null!;
    private List<string> _dealIds = null!;
    private List<GoalProgressRow> _rows = null!;

    [GlobalSetup]
    public Task Setup() => SetupAsync();

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _services.Dispose();
        await _emulator.DisposeAsync();
    }

    [Benchmark(Description = "Adapter: read 1,000 deals (query pages of 100, _id cursor)")]
    public Task<int> ReadDeals() => CountAsync(nameof(ReadDeals), async () =>
        (await _adapter.ReadDealChangesAsync(SyncWatermark.Beginning, CancellationToken.None)).Deals.Count);

    [Benchmark(Description = "Naive: get each of 1,000 deals")]
    public Task<int> NaiveReadDeals() => CountAsync(nameof(NaiveReadDeals), async () =>
    {
        var read = 0;
        foreach (var id in _dealIds)
        {
            read += (await _client.GetAsync(Opportunity, id, CancellationToken.None)).Count > 0 ? 1 : 0;
        }

        return read;
    });

    [Benchmark(Description = "Adapter: write 1,000 goal rows (IN lookups of 100, then create/update)")]
    public Task<int> WriteGoalProgress() => CountAsync(nameof(WriteGoalProgress), async () =>
        (await _adapter.WriteGoalProgressAsync(_rows, CancellationToken.None)).Count(r => r.Succeeded));

    [Benchmark(Description = "Naive: per row, look up by key then create/update")]
    public Task<int> NaiveWriteGoalProgress() => CountAsync(nameof(NaiveWriteGoalProgress), async () =>
    {
        var written = 0;
        foreach (var row in _rows)
        {
            var key = row.GoalId.ToString("D");
            var page = await _client.QueryPageAsync(GoalObject, new SearchQueryInfo { Limit = 1, Filters = [new QueryFilter("goal_id__c", [key], QueryOperators.Equal)], FieldProjection = ["_id"] }, false, CancellationToken.None);
            var fields = new JsonObject { ["name"] = row.Name, ["goal_id__c"] = key, ["actual__c"] = row.Actual.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            if (page.Records() is [var existing, ..])
            {
                await _client.UpdateAsync(GoalObject, existing["_id"]!.GetValue<string>(), fields, CancellationToken.None);
            }
            else
            {
                fields["owner"] = new JsonArray(row.OwnerExternalId);
                await _client.CreateAsync(GoalObject, fields, CancellationToken.None);
            }

            written++;
        }

        return written;
    });

    private async Task<int> CountAsync(string benchmark, Func<Task<int>> run)
    {
        var before = _emulator.Stats.ApiCalls;
        var result = await run();
        FenxiangCallLedger.Record(benchmark, _emulator.Stats.ApiCalls - before);
        return result;
    }

    private async Task SetupAsync()
    {
        _emulator = await FenxiangEmulator.StartAsync(new FenxiangEmulatorOptions { RateLimitEnabled = false });
        _emulator.Tenant.AddEmployee(new EmulatedEmployee("1000", "管理员", Email: "admin@example.com"));
        var owner = EmulatedEmployee.OpenUserIdFor("1000");
        _dealIds = Enumerable.Range(0, Records).Select(i => _emulator.Tenant.Seed(Opportunity, new JsonObject
        {
            ["name"] = $"deal {i}", ["amount"] = "1000.00", ["sales_status"] = (1 + (i % 3)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["owner"] = new JsonArray("1000"), ["close_date"] = 1767196800000,
        }, TestClocks.MachineNow.AddHours(-1))).ToList();

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddFenxiang(o =>
        {
            o.BaseUrl = _emulator.BaseUrl;
            o.AppId = _emulator.Options.AppId;
            o.AppSecret = _emulator.Options.AppSecret;
            o.PermanentCode = _emulator.Options.PermanentCode;
            o.AuthStyle = FenxiangAuthStyle.LegacyBody;
            o.ActingUserId = owner;
            o.EndpointSpacing = TimeSpan.Zero; // production keeps 0.2 s: call counts are the same, wall time is not
        });
        _services = collection.BuildServiceProvider();
        _client = _services.GetRequiredService<IFenxiangClient>();
        var mapping = new CrmMapping
        {
            System = ExternalSystem.Fenxiang,
            Objects = [FenxiangDefaultMapping.Deals(), FenxiangDefaultMapping.Goals()],
            ValueMaps =
            [
                new ValueMap("stage", new Dictionary<string, string> { ["1"] = "Open", ["2"] = "Won", ["3"] = "Lost", ["4"] = "Lost" }),
                new ValueMap(FenxiangDefaultMapping.PaceStatusMapName, new Dictionary<string, string> { ["on_track"] = "OnTrack", ["behind"] = "Behind", ["at_risk"] = "AtRisk", ["achieved"] = "Achieved" }),
            ],
            UserMatch = UserMatchStrategy.Explicit,
        };
        _adapter = new FenxiangCrmAdapter(_client, mapping, Options.Create(new FenxiangAdapterOptions { ReadSettleTime = TimeSpan.Zero }), TimeProvider.System);
        _rows = Enumerable.Range(0, Records).Select(i => new GoalProgressRow
        {
            GoalId = Guid.NewGuid(), Name = $"goal {i}", OwnerExternalId = owner, PeriodType = "Month",
            PeriodStart = new DateOnly(2026, 5, 1), PeriodEnd = new DateOnly(2026, 5, 31), MetricCode = "won_revenue",
            Target = 100_000m, Actual = i, AttainmentPercent = i / 1000m, ExpectedToDate = 50_000m, PaceStatus = "Behind", Tier = "None",
            ComputedOn = TestClocks.MachineNow,
        }).ToList();
    }
}

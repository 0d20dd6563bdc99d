using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Api;
using SalesGoals.Crm.Zoho.DependencyInjection;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Emulator.Seeding;

namespace SalesGoals.Crm.Benchmarks.Zoho;

/// <summary>HTTP calls per 1,000 deals read and per 1,000 goal-progress rows written by the Zoho
/// adapter, against the naive one-call-per-record approach. Run: <c>--filter *ZohoCallCount*</c>.</summary>
[Config(typeof(ZohoCallCountConfig))]
public class ZohoCallCountBenchmarks
{
    private const int Records = 1000;

    private ZohoEmulator _emulator = null!;
    private ServiceProvider _services = null!;
    private ZohoCrmAdapter _adapter = null!;
    private IZohoCrmApi _api = null!;
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

    [Benchmark(Description = "Adapter: read 1,000 deals")]
    public Task<int> ReadDeals() => CountAsync(nameof(ReadDeals), async () =>
        (await _adapter.ReadDealChangesAsync(SyncWatermark.Beginning, CancellationToken.None)).Deals.Count);

    [Benchmark(Description = "Naive: GET each of 1,000 deals")]
    public Task<int> NaiveReadDeals() => CountAsync(nameof(NaiveReadDeals), async () =>
    {
        var read = 0;
        foreach (var id in _dealIds)
        {
            read += ZohoApiResponses.ContentOrEmpty(await _api.GetRecordAsync("Deals", id, CancellationToken.None))?.Data.Count ?? 0;
        }

        return read;
    });

    [Benchmark(Description = "Adapter: write 1,000 goal rows")]
    public Task<int> WriteGoalProgress() => CountAsync(nameof(WriteGoalProgress), async () =>
        (await _adapter.WriteGoalProgressAsync(_rows, CancellationToken.None)).Count(r => r.Succeeded));

    [Benchmark(Description = "Naive: upsert each of 1,000 goal rows")]
    public Task<int> NaiveWriteGoalProgress() => CountAsync(nameof(NaiveWriteGoalProgress), async () =>
    {
        var written = 0;
        foreach (var row in _rows)
        {
            var record = new JsonObject { ["Name"] = row.Name, ["Goal_Id"] = row.GoalId.ToString("D"), ["Actual_Value"] = row.Actual };
            var body = new ZohoWriteRequest { Data = [record], DuplicateCheckFields = ["Goal_Id"] };
            written += ZohoApiResponses.ContentOrEmpty(await _api.UpsertRecordsAsync("Sales_Targets", body, CancellationToken.None))?.Data.Count(r => r.IsSuccess) ?? 0;
        }

        return written;
    });

    private async Task<int> CountAsync(string name, Func<Task<int>> operation)
    {
        var before = _emulator.Stats.TotalCalls;
        var records = await operation();
        if (records != Records)
        {
            throw new InvalidOperationException($"{name} handled {records} records, not {Records}.");
        }

        ZohoCallCounts.Record(name, _emulator.Stats.TotalCalls - before);
        return records;
    }

    private async Task SetupAsync()
    {
        _emulator = await ZohoEmulator.StartAsync(new ZohoEmulatorOptions { ConcurrencyLimit = 5 });
        var owner = _emulator.Seed.AddUser("Bench", "Mark", "bench.mark@example.com");
        _dealIds = Enumerable.Range(0, Records)
            .Select(i => _emulator.Seed.AddDeal(new ZohoDealSeed($"Deal {i}", i % 3 == 0 ? "Closed Won" : "Qualification", 100m + i, new DateOnly(2026, 6, 30), owner)))
            .ToList();
        _rows = Enumerable.Range(0, Records).Select(i => Row(owner, i)).ToList();
        _services = new ServiceCollection().AddZohoCrm(o =>
        {
            o.AccountsUrl = _emulator.BaseUrl;
            o.ClientId = _emulator.Options.ClientId;
            o.ClientSecret = _emulator.Options.ClientSecret;
            o.RefreshToken = _emulator.Options.RefreshToken;
            o.MaxConcurrency = 5;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
        }).BuildServiceProvider();
        _adapter = _services.GetRequiredService<ZohoCrmAdapterFactory>().Create(ZohoDefaultMapping.Create());
        _api = _services.GetRequiredService<IZohoCrmApi>();

        // Cold start: the first call also mints the (shared, hour-long) token.
        var before = _emulator.Stats.TotalCalls;
        var problems = await _adapter.VerifyAsync(CancellationToken.None);
        Console.WriteLine($"// Zoho cold start: {_emulator.Stats.TotalCalls - before} calls (token + verify), {problems.Count} mapping problem(s)");
    }

    private static GoalProgressRow Row(string owner, int index) => new()
    {
        GoalId = new Guid(index + 1, 0xbe, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 2),
        Name = $"Goal {index}",
        OwnerExternalId = owner,
        PeriodType = "Quarter",
        PeriodStart = new DateOnly(2026, 4, 1),
        PeriodEnd = new DateOnly(2026, 6, 30),
        MetricCode = "won_revenue",
        Target = 100_000m,
        Actual = 40_000m + index,
        AttainmentPercent = 40m,
        ExpectedToDate = 50_000m,
        PaceStatus = "Behind",
        Tier = "None",
        ComputedOn = new DateTimeOffset(2026, 5, 15, 6, 0, 0, TimeSpan.Zero),
    };
}

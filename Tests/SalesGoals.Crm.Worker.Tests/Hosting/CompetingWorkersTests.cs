using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Testing.Time;
using SalesGoals.Crm.Worker.Hosting;
using SalesGoals.Crm.Worker.Messaging;
using SalesGoals.Crm.Worker.Tests.Support;
using SalesGoals.Crm.Zoho.Emulator.Seeding;

namespace SalesGoals.Crm.Worker.Tests.Hosting;

/// <summary>Two worker instances on one queue (competing consumers), as two containers of one deployment would run.</summary>
[TestClass]
public sealed class CompetingWorkersTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static WorkerEnvironment _environment = null!;
    private static IHost _first = null!;
    private static IHost _second = null!;
    private static string _healthFile = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _environment = await WorkerEnvironment.StartAsync();

        // The sweep is due a few seconds from now, inside the lead time: both instances schedule it at once.
        var sweepAt = TestClocks.MachineNow.AddSeconds(4);
        void Settings(System.Collections.Generic.Dictionary<string, string?> s)
        {
            s["Worker:TimeZone"] = "UTC";
            s["Worker:SweepTime"] = sweepAt.TimeOfDay.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
        }

        _healthFile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"worker-health-{Guid.NewGuid():N}.json");
        _first = await _environment.StartWorkerAsync("first", s =>
        {
            Settings(s);
            s["Worker:HealthFile"] = _healthFile;
            s["Worker:HealthInterval"] = "00:00:01";
        });
        _second = await _environment.StartWorkerAsync("second", Settings);
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }

        System.IO.File.Delete(_healthFile);
    }

    [TestMethod]
    public async Task Run_TwoInstances_TheDailySweepRunsOnce()
    {
        var schedulers = new[] { _first, _second }.Select(h => h.Services.GetRequiredService<PaceSweepScheduler>()).ToList();
        var activities = new[] { _first, _second }.Select(h => h.Services.GetRequiredService<SyncActivity>()).ToList();

        await WorkerEnvironment.WaitUntilAsync(
            () => Task.FromResult(schedulers.All(s => s.Scheduled == 1) && activities.Sum(a => a.Sweeps.Count) >= 1
                && _environment.Sandbox.Broker.GetStatistics(_environment.QueueName).ScheduledMessageCount == 0),
            Timeout,
            () => $"both scheduled ({string.Join(",", schedulers.Select(s => s.Scheduled))}), a sweep done ({activities.Sum(a => a.Sweeps.Count)}), none pending ({_environment.Sandbox.Broker.GetStatistics(_environment.QueueName)})");

        // Both sent the day's sweep; the queue kept one (duplicate detection), nothing is left scheduled, and it ran once.
        Assert.AreEqual(1, activities.Sum(a => a.Sweeps.Count));
        Assert.IsGreaterThanOrEqualTo(1L, _environment.Sandbox.Broker.GetStatistics(_environment.QueueName).DuplicatesDropped);
    }

    [TestMethod]
    public async Task Run_TwoInstancesPullTheSameSystem_EachDealCountedOnce()
    {
        var sandbox = _environment.Sandbox;
        var rep = sandbox.Seed.Reps.First(r => r.ZohoUserId is not null);
        var goal = sandbox.Seed.RepGoalIds[rep.UserId];
        var activities = new[] { _first, _second }.Select(h => h.Services.GetRequiredService<SyncActivity>()).ToList();
        var dealId = sandbox.Zoho.Seed.AddDeal(new ZohoDealSeed("Competing workers: win", "Closed Won", 7_000m, sandbox.Seed.Today, rep.ZohoUserId!)
        {
            Currency = "CNY",
            ModifiedTime = sandbox.Zoho.Options.TimeProvider.GetUtcNow(),
        });

        await WorkerEnvironment.WaitUntilAsync(
            async () => (await sandbox.Dataverse.GetExternalActualsAsync(CancellationToken.None)).Any(r => r.ExternalId == dealId),
            Timeout,
            () => "the deal pulled");
        var slot = (int)PollSlots.Slot(TestClocks.MachineNow, TimeSpan.FromSeconds(2));

        // Let two more pull cycles run after the deal arrived (whichever instance takes them), so a double count would show.
        await WorkerEnvironment.WaitUntilAsync(
            () => Task.FromResult(new[] { slot + 1, slot + 2 }.All(c => activities.Any(a => a.Pull(ExternalSystem.Zoho, c) is not null))),
            Timeout,
            () => "two more Zoho pull cycles");

        var rows = (await sandbox.Dataverse.GetExternalActualsAsync(CancellationToken.None)).Where(r => r.ExternalId == dealId).ToList();
        Assert.HasCount(1, rows);
        var actual = (await sandbox.Dataverse.GetGoalsAsync(CancellationToken.None)).Single(g => g.Id == goal).Actual;
        Assert.AreEqual(await Recalculation.RepActualAsync(sandbox, rep.UserId), actual, "the rep's actual equals a full recalculation");

        // Two instances may ask Fenxiang for a token at the same moment (refused as concurrent, 14001): that pull is
        // retried by the queue. Nothing may be dead-lettered.
        var consumers = new[] { _first, _second }.Select(h => h.Services.GetRequiredService<SalesGoals.Crm.Messaging.Consumers.QueueConsumerHost>()).ToList();
        Assert.AreEqual(0L, consumers.Sum(c => c.Counters.DeadLettered), string.Join(" | ", activities.SelectMany(a => a.Failures)));
    }

    [TestMethod]
    public async Task Run_HealthFileConfigured_RewrittenWithStatusAndEachSystemsLastPull()
    {
        System.Text.Json.Nodes.JsonNode? health = null;
        await WorkerEnvironment.WaitUntilAsync(
            () =>
            {
                health = System.IO.File.Exists(_healthFile) ? System.Text.Json.Nodes.JsonNode.Parse(System.IO.File.ReadAllText(_healthFile)) : null;
                return Task.FromResult(health?["systems"]?["Zoho"]?["lastPullOn"] is not null && health?["systems"]?["Fenxiang"]?["lastPullOn"] is not null);
            },
            Timeout,
            () => "the health file with both systems pulled: " + health?.ToJsonString());

        Assert.AreEqual("Healthy", health!["status"]!.GetValue<string>());
        Assert.AreEqual("first", health["instance"]!.GetValue<string>());
    }
}

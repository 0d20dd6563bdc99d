using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Benchmarks.Support;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.Testing;
using SalesGoals.Crm.Testing.Time;
using SalesGoals.Crm.Zoho.Emulator.Seeding;

namespace SalesGoals.Crm.Benchmarks.Faults;

/// <summary>
/// A bench command (#13 faults): <c>faults [--cycles N] [--deals M]</c> runs N sandbox cycles, each adding M won deals in
/// Zoho and M in Fenxiang and arming one fault in turn (429 storms on all three systems; the broker stopped and
/// restarted mid-pull; every token expiring on its own mid-pull), then one cycle with no fault (the next poll's catch-up).
/// At the end it checks every deal (one sg_externalactual
/// row with the source's amount) and every goal against a full recalculation, and prints the figures of the
/// reliability report: faults survived, inputs tried, records lost, double counts.
/// </summary>
public static class FaultsBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var cycles = BenchArguments.Option(args, "--cycles", 9);
        var deals = BenchArguments.Option(args, "--deals", 100);
        return RunAsync(cycles, deals);
    }

    private static async Task<int> RunAsync(int cycles, int dealsPerSystem)
    {
        var clock = new JumpingClock();
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { AsOf = new DateOnly(2026, 6, 30), ServerClock = clock, CycleTimeout = TimeSpan.FromMinutes(10) });
        var expected = sandbox.Seed.ExternalDeals.Select(d => (d.System, d.Name, d.Amount)).ToList();
        var reps = sandbox.Seed.Reps.Where(r => r.ZohoUserId is not null && r.FenxiangEmployeeId is not null).ToList();
        var watch = Stopwatch.StartNew();
        var survived = 0;
        var served = new List<string>();
        Console.WriteLine("cycle  fault          deals  throttles DV/Zoho/FX  expired tokens Zoho/FX/DV  duplicates  s");
        for (var cycle = 1; cycle <= cycles; cycle++)
        {
            for (var i = 0; i < dealsPerSystem; i++)
            {
                var rep = reps[i % reps.Count];
                var amount = 100m + i;
                var zohoName = $"Bench {cycle}-{i} Zoho";
                sandbox.Zoho.Seed.AddDeal(new ZohoDealSeed(zohoName, "Closed Won", amount, sandbox.Seed.Today, rep.ZohoUserId!) { Currency = "CNY", ModifiedTime = TestClocks.MachineNow });
                var fenxiangName = $"Bench {cycle}-{i} Fenxiang";
                sandbox.Fenxiang.Tenant.Seed(FenxiangDefaultMapping.OpportunityObject, new JsonObject
                {
                    ["name"] = fenxiangName,
                    ["amount"] = amount.ToString("0.00", CultureInfo.InvariantCulture),
                    ["sales_status"] = "2",
                    ["sales_stage"] = "stage_5",
                    ["owner"] = new JsonArray(rep.FenxiangEmployeeId),
                    ["close_date"] = new DateTimeOffset(sandbox.Seed.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUnixTimeMilliseconds(),
                }, TestClocks.MachineNow);
                expected.Add((ExternalSystem.Zoho, zohoName, amount));
                expected.Add((ExternalSystem.Fenxiang, fenxiangName, amount));
            }

            var fault = (FaultKind)((cycle - 1) % 3);
            var fired = Arm(sandbox, clock, fault);
            var dvThrottled = sandbox.WebApi.Faults.ThrottledResponses;
            var dvRefused = sandbox.WebApi.Requests.Count(r => r.Status == 401);
            var duplicates = sandbox.ConsumerCounters.Duplicates;
            var started = watch.Elapsed;
            var report = await sandbox.RunCycleAsync(CancellationToken.None);
            if (report.MessagesDeadLettered == 0 && fired())
            {
                survived++;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{cycle,5}  {fault,-13}  {dealsPerSystem * 2,5}  {sandbox.WebApi.Faults.ThrottledResponses - dvThrottled,9}/{sandbox.Zoho.Stats.ThrottledResponses}/{sandbox.Fenxiang.Stats.ThrottledResponses}" +
                $"  {sandbox.Zoho.Stats.UnauthorizedResponses,18}/{sandbox.Fenxiang.Stats.TokenRejectedResponses}/{sandbox.WebApi.Requests.Count(r => r.Status == 401) - dvRefused}" +
                $"  {sandbox.ConsumerCounters.Duplicates - duplicates,10}  {(watch.Elapsed - started).TotalSeconds:0.0}"));
            sandbox.Fenxiang.Faults.AfterEachCall = null;
        }

        // One more cycle with no fault: deals changed within a pull's settle window (Fenxiang's read lag) are left for the
        // next pull by design, as a running worker's next poll would take them.
        await sandbox.RunCycleAsync(CancellationToken.None);

        // Redeliveries of messages whose lock was lost with the broker may still be on their way: let the queue drain.
        await Poll.UntilAsync(() => sandbox.Broker.GetStatistics(sandbox.QueueName) is { ActiveMessageCount: 0, LockedMessageCount: 0 }, TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(200));

        var rows = await sandbox.Dataverse.GetExternalActualsAsync(CancellationToken.None);
        var missing = expected.Where(e => !rows.Any(r => r.System == e.System && r.Name == e.Name && r.Amount == e.Amount)).ToList();
        var lost = missing.Count;
        foreach (var (system, name, amount) in missing.Take(10))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lost: {system} {name} {amount}"));
        }

        var doubled = rows.GroupBy(r => (r.System, r.ExternalId)).Sum(g => g.Count() - 1);
        var goals = await sandbox.Dataverse.GetGoalsAsync(CancellationToken.None);
        await sandbox.RunRecalculationAsync(sandbox.Seed.CompanyGoalId, CancellationToken.None);
        var recalculated = await sandbox.Dataverse.GetGoalsAsync(CancellationToken.None);
        var goalsOff = goals.Count(g => (g.Actual ?? 0m) != (recalculated.Single(r => r.Id == g.Id).Actual ?? 0m));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"faults survived {survived} of {cycles}; inputs tried {expected.Count} deals; records lost {lost}; double counts {doubled}; goals off a full recalculation {goalsOff} of {goals.Count}; {watch.Elapsed.TotalSeconds:0} s"));
        return lost == 0 && doubled == 0 && goalsOff == 0 && survived == cycles ? 0 : 1;
    }

    /// <summary>Arms the fault for the next cycle; the returned check says whether it went off.</summary>
    private static Func<bool> Arm(SandboxHost sandbox, JumpingClock clock, FaultKind fault)
    {
        switch (fault)
        {
            case FaultKind.Storms:
                var throttledBefore = sandbox.WebApi.Faults.ThrottledResponses;
                sandbox.Zoho.Faults.TooManyRequests(3);
                sandbox.Fenxiang.Faults.ThrottleNextCalls(3);
                sandbox.WebApi.Faults.Throttle(3, TimeSpan.FromSeconds(1));
                // The emulators' counters restart with each cycle; a throttle may be met by the tail of the previous one.
                return () => sandbox.WebApi.Faults.ThrottledResponses - throttledBefore == 3 && sandbox.Zoho.Stats.ThrottledResponses >= 1 && sandbox.Fenxiang.Stats.ThrottledResponses >= 1;
            default:
                var fired = 0;
                sandbox.Fenxiang.Faults.AfterEachCall = path =>
                {
                    if (!path.Contains("/data/", StringComparison.Ordinal) || Interlocked.Exchange(ref fired, 1) == 1)
                    {
                        return;
                    }

                    if (fault == FaultKind.TokensExpire)
                    {
                        clock.Jump(TimeSpan.FromMinutes(61));
                        return;
                    }

                    sandbox.Broker.StopListener();
                    _ = Task.Run(async () =>
                    {
                        await Simulated.OutageAsync(TimeSpan.FromSeconds(1));
                        sandbox.Broker.StartListener();
                    });
                };
                return () => Volatile.Read(ref fired) == 1;
        }
    }
}

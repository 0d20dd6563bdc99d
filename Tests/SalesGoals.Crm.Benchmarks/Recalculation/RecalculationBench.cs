using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.Concurrency;
using SalesGoals.Crm.LocalDataverse.Notifications;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

using SalesGoals.Crm.Benchmarks.Support;

namespace SalesGoals.Crm.Benchmarks.Recalculation;

/// <summary>
/// A bench command (too large for BenchmarkDotNet iterations): <c>recalc --goals N --records M</c> seeds one
/// quarter's goals (1 goal: one rep's leaf; more: a company goal, N/100 team goals, the rest rep leaves) and M
/// won opportunities straight into the local Dataverse, then runs sg_RecalculateGoal on the root until Done,
/// twice (a first build, then a repair run that finds nothing to change), and prints per run: total time,
/// slices, organization-service requests made by the plug-ins, requests and time of the largest slice, and
/// the managed heap's peak above what it held before the run (the store's new ledger rows are reported apart).
/// </summary>
public static class RecalculationBench
{

    public static int Run(string[] args)
    {
        var goals = BenchArguments.Option(args, "--goals", 1);
        var records = BenchArguments.Option(args, "--records", 100_000);
        var env = QuarterGoalWorld.Build();
        var seeding = Stopwatch.StartNew();
        var (root, reps) = SeedGoals(env, goals);
        for (var i = 0; i < records; i++)
        {
            env.Seed.Row(new Entity(OpportunityTable.LogicalName)
            {
                [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", reps[i % reps.Count]),
                [OpportunityTable.Fields.StateCode] = new OptionSetValue(OpportunityTable.States.Won),
                ["statuscode"] = new OptionSetValue(3),
                [OpportunityTable.Fields.ActualValue] = new Money(100m),
                [OpportunityTable.Fields.ActualCloseDate] = QuarterGoalWorld.QuarterStart.AddDays(i % 90),
            });
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// [recalc] {goals:N0} goals ({reps.Count:N0} leaves), {records:N0} won opportunities seeded in {seeding.Elapsed.TotalSeconds:0.0} s"));
        var manager = env.GetOrganizationService(env.SystemUserId);
        // --runs 1 stops after the first build (the largest sizes take long on a shared machine).
        foreach (var pass in new[] { "first build", "repair run (nothing to change)" }.AsSpan(0, Math.Clamp(BenchArguments.Option(args, "--runs", 2), 1, 2)))
        {
            RunPass(env, manager, root, pass, records * 100m);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// [recalc] process peak working set {Environment.WorkingSet / 1048576:N0} MB now, {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MB peak (includes the seeded store)"));
        return 0;
    }

    private static void RunPass(LocalDataverseEnvironment env, IOrganizationService service, Guid root, string pass, decimal expected)
    {
        var baseline = GC.GetTotalMemory(true);
        using var probe = new LiveHeapProbe(env, BenchArguments.Option(Environment.GetCommandLineArgs(), "--probe-every", 1));
        using var sampler = new HeapSampler(TimeSpan.FromMilliseconds(2));
        long requests = 0;
        var total = Stopwatch.StartNew();
        var slices = 0;
        long maxRequests = 0;
        var maxTime = TimeSpan.Zero;
        var busy = TimeSpan.Zero;
        string? continuation = null;
        decimal actual;
        while (true)
        {
            var request = new OrganizationRequest("sg_RecalculateGoal") { ["GoalId"] = root };
            if (continuation is not null)
            {
                request["Continuation"] = continuation;
            }

            probe.BeginSlice(slices);
            var before = env.PluginRequestCount;
            var probing = probe.Spent;
            var slice = Stopwatch.StartNew();
            var results = service.Execute(request).Results;
            slice.Stop();
            var made = env.PluginRequestCount - before;
            var elapsed = slice.Elapsed - (probe.Spent - probing); // the probe's own full collections are not the slice's time
            probe.EndSlice();
            slices++;
            busy += elapsed;
            requests += made;
            maxRequests = Math.Max(maxRequests, made);
            maxTime = elapsed > maxTime ? elapsed : maxTime;
            actual = (decimal)results["Actual"];
            env.DrainAsync(); // the asynchronous "progress changed" posts run elsewhere in Dataverse: not part of the slice
            if (!results.TryGetValue("Done", out var done) || done is true)
            {
                break;
            }

            continuation = (string)results["Continuation"];
        }

        total.Stop();
        var peak = sampler.Stop();
        var retained = GC.GetTotalMemory(true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// [recalc] {pass}: {busy.TotalSeconds:0.0} s in slices ({total.Elapsed.TotalSeconds:0.0} s with async drains and the probe's collections), {slices:N0} slice(s), {requests:N0} plug-in requests; "
            + $"largest slice {maxRequests:N0} requests, {maxTime.TotalMilliseconds:N0} ms; heap peak +{(peak - baseline) / 1048576.0:N0} MB above the run's start, "
            + $"+{(retained - baseline) / 1048576.0:N0} MB kept after it (new ledger rows in the store); "
            + $"live heap above a slice's start (full GC, {probe.SampledSlices} slices sampled) peak {probe.PeakAboveSliceStart / 1048576.0:N1} MB, {probe.KeptBySlice / 1048576.0:N1} MB left at its end; actual {actual:N0} (expected {expected:N0})"));
        if (actual != expected)
        {
            throw new InvalidOperationException($"The recalculated actual {actual} is not {expected}.");
        }
    }

    private static (Guid Root, List<Guid> Reps) SeedGoals(LocalDataverseEnvironment env, int goals)
    {
        env.Seed.Currency("CNY", 1m, isBase: true);
        var metric = env.Seed.Row(new Entity(SgMetric.LogicalName) { [SgMetric.Fields.Code] = MetricCodes.WonRevenue, [SgMetric.Fields.Name] = "Won revenue" });
        var reps = new List<Guid>();
        if (goals <= 1)
        {
            var rep = env.Seed.User("Rep 0");
            reps.Add(rep);
            return (QuarterGoalWorld.Goal(env, "Q1 rep", rep, metric, null, split: false), reps);
        }

        var teams = Math.Max(1, goals / 100);
        var leaves = Math.Max(1, goals - 1 - teams);
        var ceo = env.Seed.User("CEO");
        var root = QuarterGoalWorld.Goal(env, "Q1 company", ceo, metric, null, split: true);
        var teamGoals = new List<Guid>();
        for (var t = 0; t < teams; t++)
        {
            teamGoals.Add(QuarterGoalWorld.Goal(env, $"Q1 team {t}", env.Seed.User($"Lead {t}"), metric, root, split: true));
        }

        for (var r = 0; r < leaves; r++)
        {
            var rep = env.Seed.User($"Rep {r}");
            reps.Add(rep);
            QuarterGoalWorld.Goal(env, $"Q1 rep {r}", rep, metric, teamGoals[r % teams], split: false);
        }

        return (root, reps);
    }
}

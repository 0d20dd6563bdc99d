using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.Notifications;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

using SalesGoals.Crm.Benchmarks.Support;

namespace SalesGoals.Crm.Benchmarks.Load;

/// <summary>
/// A bench command (#13 load): <c>wins --count N [--reps R]</c> seeds one quarter's goal tree (a company goal, a team
/// goal per 10 reps, R rep leaves) and N open opportunities, then wins them one after another through the Win message
/// with the plug-ins registered, and prints the elapsed time, the plug-in requests per win (min / max / mean, and the
/// first and last thousand apart, so a count that grows with history shows), the managed heap's peak above the start
/// and the process's peak working set. It checks that the company goal's actual is the sum of every win.
/// </summary>
public static class WinsBench
{

    public static int Run(string[] args)
    {
        var count = BenchArguments.Option(args, "--count", 10_000);
        var repCount = BenchArguments.Option(args, "--reps", 100);
        var env = QuarterGoalWorld.Build();
        var (root, reps) = SeedGoals(env, repCount);
        var deals = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            deals.Add(env.Seed.Row(new Entity(OpportunityTable.LogicalName)
            {
                [OpportunityTable.Fields.Name] = "Deal",
                [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", reps[i % reps.Count]),
            }));
        }

        var service = env.GetOrganizationService(env.SystemUserId);
        var baseline = GC.GetTotalMemory(true);
        using var heap = new HeapSampler(TimeSpan.FromMilliseconds(5));
        var perWin = new long[count];
        var elapsed = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var before = env.PluginRequestCount;
            service.Execute(new WinOpportunityRequest
            {
                OpportunityClose = new Entity("opportunityclose")
                {
                    [OpportunityTable.Close.OpportunityId] = new EntityReference(OpportunityTable.LogicalName, deals[i]),
                    [OpportunityTable.Close.ActualRevenue] = new Money(100m),
                    [OpportunityTable.Close.ActualEnd] = QuarterGoalWorld.QuarterStart.AddDays(i % 90),
                },
                Status = new OptionSetValue(3),
            });
            perWin[i] = env.PluginRequestCount - before;
            if (i % 1_000 == 999)
            {
                env.DrainAsync(); // the asynchronous "progress changed" posts run elsewhere in Dataverse
            }
        }

        elapsed.Stop();
        env.DrainAsync();
        var peak = heap.Stop();
        var actual = service.Retrieve(SgGoal.LogicalName, root, new Microsoft.Xrm.Sdk.Query.ColumnSet(SgGoal.Fields.Actual)).GetAttributeValue<decimal?>(SgGoal.Fields.Actual) ?? 0m;
        var first = Stats(perWin, 0, Math.Min(1_000, count));
        var last = Stats(perWin, Math.Max(0, count - 1_000), count);
        var all = Stats(perWin, 0, count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// [wins] {count:N0} wins over {reps.Count:N0} rep leaves (each with a team and a company goal above): {elapsed.Elapsed.TotalSeconds:0.0} s, {elapsed.Elapsed.TotalMilliseconds / count:0.00} ms a win"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// [wins] plug-in requests per win: all {all}; first 1,000 {first}; last 1,000 {last}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// [wins] heap peak +{(peak - baseline) / 1048576.0:N0} MB above the start (the store's new opportunity, close and ledger rows included); process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// [wins] company actual {actual:N0} (expected {count * 100m:N0})"));
        return actual == count * 100m ? 0 : 1;
    }

    private static string Stats(long[] values, int from, int to)
    {
        long min = long.MaxValue, max = 0, sum = 0;
        for (var i = from; i < to; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
            sum += values[i];
        }

        return string.Create(CultureInfo.InvariantCulture, $"min {min}, max {max}, mean {(double)sum / Math.Max(1, to - from):0.00}");
    }

    private static (Guid Root, List<Guid> Reps) SeedGoals(LocalDataverseEnvironment env, int repCount)
    {
        env.Seed.Currency("CNY", 1m, isBase: true);
        var metric = env.Seed.Row(new Entity(SgMetric.LogicalName) { [SgMetric.Fields.Code] = MetricCodes.WonRevenue, [SgMetric.Fields.Name] = "Won revenue" });
        var root = QuarterGoalWorld.Goal(env, "Q1 company", env.Seed.User("CEO"), metric, null, split: true);
        var teams = new List<Guid>();
        for (var t = 0; t < Math.Max(1, repCount / 10); t++)
        {
            teams.Add(QuarterGoalWorld.Goal(env, $"Q1 team {t}", env.Seed.User($"Lead {t}"), metric, root, split: true));
        }

        var reps = new List<Guid>();
        for (var r = 0; r < repCount; r++)
        {
            var rep = env.Seed.User($"Rep {r}");
            reps.Add(rep);
            QuarterGoalWorld.Goal(env, $"Q1 rep {r}", rep, metric, teams[r % teams.Count], split: false);
        }

        return (root, reps);
    }
}

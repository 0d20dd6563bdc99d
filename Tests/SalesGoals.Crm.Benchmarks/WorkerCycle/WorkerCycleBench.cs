using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Benchmarks.Support;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.Testing.Time;
using SalesGoals.Crm.Zoho.Emulator.Seeding;

namespace SalesGoals.Crm.Benchmarks.WorkerCycle;

/// <summary>
/// A bench command (#10): <c>worker-cycle --deals N</c> starts the sandbox's servers, then the worker as deployed
/// (<c>dotnet SalesGoals.Crm.Worker.dll run</c>, a process of its own, configured by environment variables, reaching
/// the local Dataverse over the Web API). Once its first cycle is done (idle figures), N won deals are added to the
/// Zoho emulator and one pull cycle runs through the real handlers. Prints the time until the company goal's actual
/// counts every deal and until the cycle's queue work is done, the worker process's peak working set (the kernel's
/// high-water mark) and its managed heap (sampled once a second from the health file), and the HTTP requests to
/// Zoho and to the Dataverse Web API. Exit code 1 when the actual is wrong; an exception when a phase does not finish within <c>--minutes</c> (10).
/// </summary>
public static class WorkerCycleBench
{
    private static TimeSpan _deadline = TimeSpan.FromMinutes(10);

    public static Task<int> RunAsync(string[] args)
    {
        _deadline = TimeSpan.FromMinutes(BenchArguments.Option(args, "--minutes", 10));
        return RunAsync(BenchArguments.Option(args, "--deals", 10_000));
    }

    private static async Task<int> RunAsync(int deals)
    {
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions());
        var folder = Directory.CreateTempSubdirectory("sg-cycle-bench-");
        try
        {
            var variables = await RunEnvironment.PrepareAsync(sandbox, "bench-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
            var health = Path.Combine(folder.FullName, "health.json");
            variables["Worker__HealthFile"] = health;
            variables["Worker__HealthInterval"] = "00:00:01";
            variables["Worker__PollInterval"] = "00:00:10";
            variables["Fenxiang__Adapter__ReadSettleTime"] = "00:00:01";
            using var worker = StartWorker(variables, folder.FullName);
            try
            {
                return await MeasureAsync(sandbox, worker, health, deals);
            }
            finally
            {
                if (!worker.HasExited)
                {
                    worker.Kill(entireProcessTree: true);
                    await worker.WaitForExitAsync();
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(SandboxHost sandbox, Process worker, string health, int deals)
    {
        var watch = Stopwatch.StartNew();
        var idle = await WaitForAsync(() => Health(health) is { } h && h["systems"]?.AsObject().All(s => s.Value?["lastPullOn"] is not null) == true && Completed(h) > 0 ? h : null, worker, "the first cycle");
        // Settle time before the idle reading (the first cycle's publication finishing), not a wait for an event.
        await Task.Delay(TimeSpan.FromSeconds(3), TimeProvider.System);
        idle = Health(health) ?? idle;
        var idleWorkingSet = Megabytes(idle["memory"]?["workingSetBytes"]);
        var idleHeap = Megabytes(idle["memory"]?["managedHeapBytes"]);
        Console.WriteLine(Invariant($"// [worker-cycle] worker started and first cycle done in {watch.Elapsed.TotalSeconds:0.0} s; idle: working set {idleWorkingSet:N0} MB, managed heap {idleHeap:N0} MB"));

        var service = sandbox.Environment.GetOrganizationService(sandbox.Environment.SystemUserId);
        var before = CompanyActual(sandbox, service);
        var reps = sandbox.Seed.Reps.Where(r => r.ZohoUserId is not null).ToList();
        var now = TestClocks.MachineNow;
        for (var i = 0; i < deals; i++)
        {
            sandbox.Zoho.Seed.AddDeal(new ZohoDealSeed($"Cycle bench deal {i}", "Closed Won", 100m, sandbox.Seed.Today, reps[i % reps.Count].ZohoUserId!)
            {
                Currency = "CNY",
                ModifiedTime = now.AddMilliseconds(-i),
            });
        }

        sandbox.Zoho.Stats.Reset();
        sandbox.WebApi.ClearRequests();
        var completedBefore = Completed(Health(health));
        var heapPeak = 0d;
        watch.Restart();
        var expected = before + (deals * 100m);
        var progress = Stopwatch.StartNew();
        await WaitForAsync(() =>
        {
            heapPeak = Math.Max(heapPeak, Megabytes(Health(health)?["memory"]?["managedHeapBytes"]));
            var actual = CompanyActual(sandbox, service);
            if (progress.Elapsed > TimeSpan.FromSeconds(30))
            {
                progress.Restart();
                Console.WriteLine(Invariant($"//   {watch.Elapsed.TotalSeconds:0} s: {(actual - before) / 100m:N0} of {deals:N0} deals counted, {sandbox.Zoho.Stats.TotalCalls:N0} Zoho and {sandbox.WebApi.Requests.Count:N0} Web API requests so far"));
            }

            return actual == expected ? "" : null;
        }, worker, "the company actual to count every deal");
        var toActual = watch.Elapsed;

        // The cycle's work is done when the consumer has completed the pull and the publication it queued, and nothing more for 5 s.
        var (last, stableSince) = (Completed(Health(health)), Stopwatch.StartNew());
        await WaitForAsync(() =>
        {
            var h = Health(health);
            heapPeak = Math.Max(heapPeak, Megabytes(h?["memory"]?["managedHeapBytes"]));
            var completed = Completed(h);
            if (completed != last)
            {
                (last, stableSince) = (completed, Stopwatch.StartNew());
            }

            return completed >= completedBefore + 2 && stableSince.Elapsed > TimeSpan.FromSeconds(5) ? "" : null;
        }, worker, "the cycle's queue work");
        var toDone = watch.Elapsed - TimeSpan.FromSeconds(5);
        var peakWorkingSet = PeakWorkingSetMegabytes(worker.Id);
        var requests = sandbox.WebApi.Requests;
        Console.WriteLine(Invariant($"// [worker-cycle] {deals:N0} won Zoho deals over {reps.Count} reps: company actual counts them all after {toActual.TotalSeconds:0.0} s; the cycle's queue work (pull + publication) done after {toDone.TotalSeconds:0.0} s"));
        Console.WriteLine(Invariant($"// [worker-cycle] worker process: peak working set {peakWorkingSet:N0} MB (kernel high-water mark since start), managed heap peak {heapPeak:N0} MB (sampled every 1 s; idle {idleHeap:N0} MB)"));
        Console.WriteLine(Invariant($"// [worker-cycle] requests: Zoho {sandbox.Zoho.Stats.TotalCalls:N0}; Dataverse Web API {requests.Count:N0} (UpsertMultiple {requests.Count(r => r.PathAndQuery.Contains("UpsertMultiple", StringComparison.Ordinal)):N0}, $batch {requests.Count(r => r.PathAndQuery.Contains("$batch", StringComparison.Ordinal)):N0}; the sandbox's own consumer's event-driven publications included)"));
        Console.WriteLine(Invariant($"// [worker-cycle] company actual {CompanyActual(sandbox, service):N0} (expected {expected:N0})"));
        return CompanyActual(sandbox, service) == expected ? 0 : 1;
    }

    private static Process StartWorker(IReadOnlyDictionary<string, string> variables, string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SalesGoals.Crm.Worker.dll"));
        start.ArgumentList.Add("run");
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;

        // Drain the worker's log so it never blocks on a full pipe; only warnings and errors are shown.
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Echo(string? line)
    {
        if (line is not null && (line.Contains("warn", StringComparison.OrdinalIgnoreCase) || line.Contains("fail", StringComparison.OrdinalIgnoreCase)))
        {
            Console.Error.WriteLine("  worker: " + line);
        }
    }

    private static async Task<T> WaitForAsync<T>(Func<T?> probe, Process worker, string what)
        where T : class
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (probe() is { } result)
            {
                return result;
            }

            if (worker.HasExited || watch.Elapsed > _deadline)
            {
                throw new TimeoutException($"Waited {watch.Elapsed.TotalSeconds:0} s for {what}; the worker {(worker.HasExited ? "exited" : "is still running")}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System); // the poll's interval; the deadline is above
        }
    }

    private static decimal CompanyActual(SandboxHost sandbox, Microsoft.Xrm.Sdk.IOrganizationService service) =>
        service.Retrieve(SgGoal.LogicalName, sandbox.Seed.CompanyGoalId, new ColumnSet(SgGoal.Fields.Actual)).GetAttributeValue<decimal?>(SgGoal.Fields.Actual) ?? 0m;

    private static JsonNode? Health(string path)
    {
        try
        {
            return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
        }
        catch (Exception exception) when (exception is IOException or System.Text.Json.JsonException)
        {
            return null; // being replaced
        }
    }

    private static long Completed(JsonNode? health) => health?["consumer"]?["completed"]?.GetValue<long>() ?? 0;

    private static double Megabytes(JsonNode? bytes) => bytes is null ? 0 : bytes.GetValue<long>() / 1048576.0;

    /// <summary>VmHWM of /proc/PID/status: the process's peak resident set (Linux); 0 elsewhere.</summary>
    private static double PeakWorkingSetMegabytes(int pid)
    {
        var status = $"/proc/{pid}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) / 1024.0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>
/// <c>run</c> as an admin starts it: <c>dotnet SalesGoals.Crm.Worker.dll run</c> in a process of its own, configured only
/// through environment variables; stopped with SIGTERM (the host's graceful shutdown) or SIGKILL (a crash).
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    /// <summary>Prefixes of variables that configure the worker: the test's own environment must not leak any in.</summary>
    private static readonly string[] WorkerPrefixes = ["Dataverse__", "ServiceBus__", "Worker__", "Zoho__", "Fenxiang__", "IDENTITY_", "MSI_", "IMDS_", "DOTNET_ENVIRONMENT"];
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WorkerProcess(Process process, string healthFile)
    {
        _process = process;
        HealthFile = healthFile;
    }

    public string HealthFile { get; }

    public int Id => _process.Id;

    /// <summary>What the worker wrote to stdout and stderr so far.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    public static WorkerProcess Start(IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var worker = Path.Combine(AppContext.BaseDirectory, "SalesGoals.Crm.Worker.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(worker);
        start.ArgumentList.Add("run");
        foreach (var name in start.Environment.Keys.Where(k => WorkerPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var started = new WorkerProcess(process, environment["Worker__HealthFile"]);
        process.OutputDataReceived += (_, e) => started.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => started.Collect(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The health file's content, or null while it has not been written (or is being replaced).</summary>
    public JsonNode? Health()
    {
        try
        {
            return File.Exists(HealthFile) ? JsonNode.Parse(File.ReadAllText(HealthFile)) : null;
        }
        catch (Exception exception) when (exception is IOException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>True once every system in the health file has a successful pull on record.</summary>
    public bool PulledEverySystem(int systems) =>
        Health()?["systems"]?.AsObject() is { } pulled && pulled.Count == systems && pulled.All(p => p.Value?["lastPullOn"] is JsonValue);

    /// <summary>SIGTERM (what a container runtime or systemd sends), then waits at most <paramref name="timeout"/> for the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) } })!)
        {
            await kill.WaitForExitAsync();
        }

        return await ExitCodeAsync(timeout);
    }

    /// <summary>SIGKILL: the process dies at once, whatever it was doing.</summary>
    public async Task KillAsync(TimeSpan timeout)
    {
        _process.Kill();
        await ExitCodeAsync(timeout);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The worker did not exit within {timeout.TotalSeconds:0} s. Output:{Environment.NewLine}{Output}");
        }

        // WaitForExitAsync returns once the output streams are drained too.
        return _process.ExitCode;
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}

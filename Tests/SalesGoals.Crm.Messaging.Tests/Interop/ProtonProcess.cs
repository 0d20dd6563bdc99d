using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Messaging.Tests.Interop;

/// <summary>
/// Runs a Qpid Proton (Debian's python3-qpid-proton) script from <c>Interop/peers</c> with Debian's own
/// Python, reads its JSON lines, and never waits without a bound: a script that outlives its bound is
/// killed and the test fails with what it wrote to stderr.
/// </summary>
internal sealed class ProtonProcess : IAsyncDisposable
{
    /// <summary>Debian's interpreter: the one the python3-qpid-proton package installs into (a pyenv python3 on PATH would not see it).</summary>
    private const string Python = "/usr/bin/python3";
    private static readonly Lazy<string?> Missing = new(FindMissing);

    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _errors = new();

    private ProtonProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Starts a script; fails the test at once when Proton is not installed (<c>.ci/run</c> installs it).</summary>
    public static ProtonProcess Start(string script, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (Missing.Value is { } reason)
        {
            Assert.Fail($"Qpid Proton for Python is not usable ({reason}). Install it with 'apt-get install -y python3-qpid-proton' (.ci/run does so when it is missing).");
        }

        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-u");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Interop", "peers", script));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string key, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var proton = new ProtonProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                proton._lines.Writer.TryComplete();
            }
            else
            {
                proton._lines.Writer.TryWrite(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (proton._errors)
                {
                    proton._errors.Add(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return proton;
    }

    public string StandardError
    {
        get
        {
            lock (_errors)
            {
                return string.Join(Environment.NewLine, _errors);
            }
        }
    }

    /// <summary>The next line the script prints, within <paramref name="bound"/> (the reason for the bound is the caller's).</summary>
    public async Task<string> ReadLineAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            return await _lines.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The Proton script wrote nothing within {bound.TotalSeconds} s. stderr: {StandardError}");
            throw;
        }
        catch (ChannelClosedException)
        {
            Assert.Fail($"The Proton script ended without the expected output. stderr: {StandardError}");
            throw;
        }
    }

    /// <summary>Reads lines until one is a JSON object with <paramref name="property"/>, within <paramref name="bound"/>.</summary>
    public async Task<JsonElement> ReadJsonAsync(string property, TimeSpan bound)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            TimeSpan left = bound - watch.Elapsed;
            string line = await ReadLineAsync(left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1)).ConfigureAwait(false);
            if (line.StartsWith('{'))
            {
                JsonElement json = JsonDocument.Parse(line).RootElement;
                if (json.TryGetProperty(property, out _))
                {
                    return json;
                }
            }
        }
    }

    /// <summary>Reads lines until a JSON event named <paramref name="name"/> (<c>{"event": name, …}</c>), within <paramref name="bound"/>.</summary>
    public async Task<JsonElement> ReadEventAsync(string name, TimeSpan bound)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            TimeSpan left = bound - watch.Elapsed;
            JsonElement json = await ReadJsonAsync("event", left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1)).ConfigureAwait(false);
            if (json.GetProperty("event").GetString() == name)
            {
                return json;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(exit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static string? FindMissing()
    {
        if (!File.Exists(Python))
        {
            return Python + " does not exist";
        }

        using var probe = Process.Start(new ProcessStartInfo(Python, "-c \"import proton\"") { RedirectStandardError = true, UseShellExecute = false })!;
        string error = probe.StandardError.ReadToEnd();
        return probe.WaitForExit(30_000) && probe.ExitCode == 0 ? null : "import proton failed: " + error.Trim();
    }
}

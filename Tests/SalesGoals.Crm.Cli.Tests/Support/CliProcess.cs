using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Cli.Tests.Support;

/// <summary>
/// The built <c>sg</c> executable run as a process, configured only by environment variables (as an operator runs it),
/// in an empty working folder so no appsettings.json is picked up.
/// </summary>
internal static class CliProcess
{
    /// <summary>Variables that configure the CLI: the test's own environment must not leak any in.</summary>
    private static readonly string[] ConfigurationPrefixes = ["Dataverse__", "ServiceBus__", "Alerts__", "DOTNET_ENVIRONMENT"];

    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var config = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0/
        var cli = Path.Combine(PlanFiles.RepoRoot(), "Connectors", "SalesGoals.Crm.Cli", "bin", config, "net10.0", "sg.dll");
        Assert.IsTrue(File.Exists(cli), cli);
        var folder = Directory.CreateTempSubdirectory("sg-cli-");
        try
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder.FullName,
            };
            start.ArgumentList.Add(cli);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var name in start.Environment.Keys.Where(k => ConfigurationPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
            {
                start.Environment.Remove(name);
            }

            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return new CliRun(process.ExitCode, await output, await error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

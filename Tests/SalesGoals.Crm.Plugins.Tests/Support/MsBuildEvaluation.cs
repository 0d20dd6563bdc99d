using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Asks MSBuild itself to evaluate a project of this repository (no build), as a developer's
/// command line would, and returns its JSON answer (-getItem / -getProperty).</summary>
public static class MsBuildEvaluation
{
    public static string RepositoryRoot => System.IO.Path.GetDirectoryName(SolutionFolder.Path)!;

    public static async Task<JsonDocument> EvaluateAsync(string projectPath, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "msbuild", System.IO.Path.Combine(RepositoryRoot, projectPath), "-nologo" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own MSBuild settings must not leak into the child evaluation.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeSpan.FromMinutes(3));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(bounded.Token);
        var errors = process.StandardError.ReadToEndAsync(bounded.Token);
        await process.WaitForExitAsync(bounded.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"MSBuild evaluation of {projectPath} failed ({process.ExitCode}): {await errors}{await output}");
        }

        return JsonDocument.Parse(await output);
    }
}

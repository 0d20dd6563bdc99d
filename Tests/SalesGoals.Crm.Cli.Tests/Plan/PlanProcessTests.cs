using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Tests.Support;

namespace SalesGoals.Crm.Cli.Tests.Plan;

/// <summary>The built <c>sg</c> executable run as a process, as a user runs it: exit codes and output.</summary>
[TestClass]
public sealed class PlanProcessTests
{
    [TestMethod]
    public async Task Process_PreviewExample_ExitCodeZeroTreePrinted()
    {
        var (code, output, error) = await RunAsync("plan", "preview", PlanFiles.ExampleYaml, "--lang", "en");

        Assert.AreEqual(0, code, error);
        StringAssert.Contains(output, "253 goals (171 leaves)");
    }

    [TestMethod]
    [DataRow("plan", "preview", "no-such-plan.yaml")]
    [DataRow("plan", "preview")]
    [DataRow("plan", "frobnicate")]
    public async Task Process_BadInput_ExitCodeTwoNoStackTrace(params string[] args)
    {
        var (code, _, error) = await RunAsync([.. args, "--lang", "en"]);

        Assert.AreEqual(2, code, error);
        Assert.IsFalse(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("   at ", error);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var config = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0/
        var cli = Path.Combine(PlanFiles.RepoRoot(), "Connectors", "SalesGoals.Crm.Cli", "bin", config, "net10.0", "sg.dll");
        Assert.IsTrue(File.Exists(cli), cli);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Worker.Tests.Cli;

/// <summary>The sandbox as a process, as a newcomer runs it with <c>--keep-running</c> and stops it.</summary>
[TestClass]
public sealed class SandboxProcessTests
{
    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task KeepRunning_Sigterm_StopsAndDeletesItsConnectionFile()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("SIGTERM is a POSIX signal.");
        }

        // Arrange: a temp folder of its own, so the connection file is this test's (the sandbox writes it under TMPDIR).
        var temp = Directory.CreateTempSubdirectory("sg-sandbox-process-").FullName;
        var connection = Path.Combine(temp, "salesgoals-sandbox", "connection.json");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepositoryRoot.Path };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SalesGoals.Crm.Sandbox.dll"));
        start.ArgumentList.Add("--keep-running");
        start.Environment["TMPDIR"] = temp;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        try
        {
            var deadline = Stopwatch.StartNew();
            while (!File.Exists(connection) && !process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(180))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, CancellationToken.None);
            }

            Assert.IsTrue(File.Exists(connection), "the sandbox never served");

            // Act
            using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) } })!)
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);

            // Assert
            Assert.AreEqual(0, process.ExitCode, await error);
            StringAssert.Contains(await output, "Stopping.");
            Assert.IsFalse(File.Exists(connection), "connection file left behind");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            Directory.Delete(temp, recursive: true);
        }
    }
}

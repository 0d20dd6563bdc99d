using System;
using System.Threading.Tasks;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>Polls until a condition holds while `run` runs as a process, failing with the worker's log after the
/// timeout or as soon as the worker exits.</summary>
internal static class WorkerProcessWait
{
    public static async Task UntilAsync(WorkerProcess worker, Func<Task<bool>> done, Func<Task<string>> what, TimeSpan timeout)
    {
        var reached = await Poll.UntilAsync(async () => await done() || worker.HasExited, timeout, TimeSpan.FromMilliseconds(100));
        if (!reached || !await done())
        {
            Assert.Fail($"Not within {timeout.TotalSeconds:0} s (worker exited: {worker.HasExited}): {await what()}. Health: {worker.Health()?.ToJsonString()}. Worker output:{Environment.NewLine}{worker.Output}");
        }
    }
}

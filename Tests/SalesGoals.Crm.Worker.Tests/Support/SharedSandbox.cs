using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.SolutionModel;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>One sandbox for the end-to-end tests (starting it takes a few seconds), run for two cycles.</summary>
internal static class SharedSandbox
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SandboxHost? host;
    private static SandboxCycleReport? first;
    private static SandboxCycleReport? second;
    private static IReadOnlyList<Dataverse.ExternalActualRecord>? afterFirst;

    public static SandboxHost Host => host ?? throw new InvalidOperationException("Call EnsureStartedAsync first.");

    public static SandboxCycleReport FirstCycle => first!;

    public static SandboxCycleReport SecondCycle => second!;

    /// <summary>The sg_externalactual rows right after the first cycle.</summary>
    public static IReadOnlyList<Dataverse.ExternalActualRecord> RowsAfterFirstCycle => afterFirst!;

    public static async Task EnsureStartedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (host is not null)
            {
                return;
            }

            var started = await SandboxHost.StartAsync(new SandboxOptions { AsOf = AsOf });
            first = await started.RunCycleAsync(CancellationToken.None);
            afterFirst = await started.Dataverse.GetExternalActualsAsync(CancellationToken.None);
            second = await started.RunCycleAsync(CancellationToken.None);
            host = started;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task StopAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
            host = null;
        }
    }

    /// <summary>Whether Solution/ registers a plug-in step for this message on this table (some are still being written).</summary>
    public static bool HasStep(string message, string table) =>
        SolutionReader.Load(Host.SolutionFolder).Steps.Any(s =>
            string.Equals(s.MessageName, message, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(s.PrimaryEntity, table, StringComparison.OrdinalIgnoreCase));
}

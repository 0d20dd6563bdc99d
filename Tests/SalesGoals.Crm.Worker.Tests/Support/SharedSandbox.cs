using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.SolutionModel.Reading;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>One sandbox for the end-to-end tests (starting it takes a few seconds), run for two cycles.</summary>
internal static class SharedSandbox
{
    public static readonly DateOnly AsOf = new(2026, 6, 30);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SandboxHost? _host;
    private static SandboxCycleReport? _first;
    private static SandboxCycleReport? _second;
    private static IReadOnlyList<Dataverse.ExternalActualRecord>? _afterFirst;

    public static SandboxHost Host => _host ?? throw new InvalidOperationException("Call EnsureStartedAsync first.");

    public static SandboxCycleReport FirstCycle => _first!;

    public static SandboxCycleReport SecondCycle => _second!;

    /// <summary>The sg_externalactual rows right after the first cycle.</summary>
    public static IReadOnlyList<Dataverse.ExternalActualRecord> RowsAfterFirstCycle => _afterFirst!;

    public static async Task EnsureStartedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_host is not null)
            {
                return;
            }

            var started = await SandboxHost.StartAsync(new SandboxOptions { AsOf = AsOf });
            _first = await started.RunCycleAsync(CancellationToken.None);
            _afterFirst = await started.Dataverse.GetExternalActualsAsync(CancellationToken.None);
            _second = await started.RunCycleAsync(CancellationToken.None);
            _host = started;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }
    }

    /// <summary>Whether Solution/ registers a plug-in step for this message on this table (some are still being written).</summary>
    public static bool HasStep(string message, string table) =>
        SolutionReader.Load(Host.SolutionFolder).Steps.Any(s =>
            string.Equals(s.MessageName, message, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(s.PrimaryEntity, table, StringComparison.OrdinalIgnoreCase));
}

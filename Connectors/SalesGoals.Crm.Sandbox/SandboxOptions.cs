using System;

namespace SalesGoals.Crm.Sandbox;

/// <summary>How to start the sandbox.</summary>
public sealed class SandboxOptions
{
    /// <summary>The unpacked solution folder; found from the repository root when null.</summary>
    public string? SolutionFolder { get; set; }

    /// <summary>"Today" for the goal period and the plug-ins' clock; the machine's date when null.</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>The Monday of a week of won deals to seed (<c>--deals-week</c>), or null for none.</summary>
    public DateOnly? DealsWeek { get; set; }

    /// <summary>The machine clock (tests may pass their own).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The clock the Zoho and Fenxiang emulators and the local Web API run on, which judges their tokens' expiry (null:
    /// <see cref="TimeProvider"/>). The worker's clients keep the machine clock, so a test moving this one past the
    /// tokens' lifetime makes them expire on their own, unknown to the clients.
    /// </summary>
    public TimeProvider? ServerClock { get; set; }

    public string QueueName { get; set; } = "salesgoals-events";

    /// <summary>How long a cycle may take before it is reported as stuck.</summary>
    public TimeSpan CycleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Goals per sg_EvaluatePace call in the pace sweep.</summary>
    public int SweepPageSize { get; set; } = Worker.Sync.PaceSweeper.DefaultPageSize;
}

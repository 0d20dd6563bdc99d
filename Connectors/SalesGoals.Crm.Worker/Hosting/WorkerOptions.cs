using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping;

namespace SalesGoals.Crm.Worker.Hosting;

/// <summary>The <c>Worker</c> section of <c>run</c>'s configuration.</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "Worker";

    /// <summary>Connected systems, comma-separated (e.g. <c>Zoho,Fenxiang</c>).</summary>
    public string Systems { get; set; } = "Zoho,Fenxiang";

    /// <summary>Time between pull cycles per system (at least 10 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Local time of day (in <see cref="TimeZone"/>) of the daily pace sweep.</summary>
    public TimeSpan SweepTime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The organization's time zone (IANA or Windows id), for the sweep time.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How long before the sweep time each worker schedules the sweep message. All instances schedule
    /// inside this window, so it must be shorter than the queue's duplicate-detection window.</summary>
    public TimeSpan SweepLeadTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where the health file is written (JSON); none when empty.</summary>
    public string? HealthFile { get; set; }

    /// <summary>How often the health file is rewritten.</summary>
    public TimeSpan HealthInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Messages handled at once by this instance.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Deliveries before a failing message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>On SIGTERM / Ctrl+C, in-flight messages get this long to finish before they are abandoned.</summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How deals' and goals' owners are matched to Dataverse users when no sg_usermapping row says.</summary>
    public UserMatchStrategy UserMatch { get; set; } = UserMatchStrategy.ByEmail;

    /// <summary>Currency of a deal that names none.</summary>
    public string DefaultCurrency { get; set; } = "CNY";

    /// <summary>Goals per sg_EvaluatePace call in the pace sweep.</summary>
    public int SweepPageSize { get; set; } = Sync.PaceSweeper.DefaultPageSize;

    /// <summary>Off: no pull schedule and no daily sweep, only the queue consumer and the health file (the sandbox
    /// queues its cycles itself, so that each prints what it did).</summary>
    public bool Schedules { get; set; } = true;

    /// <summary>A name for this instance in logs and the health file (default: machine name and process id).</summary>
    public string? InstanceName { get; set; }

    public IReadOnlyList<string> SystemNames() =>
        Systems.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

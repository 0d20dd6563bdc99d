using System;
using System.Collections.Generic;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Sandbox;

/// <summary>What one sandbox cycle did, as printed.</summary>
public sealed record SandboxCycleReport
{
    public required int Cycle { get; init; }

    public required IReadOnlyList<SystemCycleReport> Systems { get; init; }

    /// <summary>sg_externalactual rows in Dataverse after the cycle.</summary>
    public required int ExternalActualRows { get; init; }

    public required IReadOnlyList<GoalRecord> Goals { get; init; }

    /// <summary>Totals since the sandbox started.</summary>
    public required long MessagesSent { get; init; }

    public required long MessagesCompleted { get; init; }

    public required long MessagesDeadLettered { get; init; }

    public required long DuplicatesSkipped { get; init; }

    public required int DataverseEvents { get; init; }

    public required TimeSpan Elapsed { get; init; }
}

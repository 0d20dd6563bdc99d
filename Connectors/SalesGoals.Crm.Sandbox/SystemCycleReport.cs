using System.Collections.Generic;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Sandbox;

/// <summary>One external system's part of a cycle.</summary>
/// <param name="HttpCalls">Requests the emulator answered during the cycle (token calls included).</param>
/// <param name="GoalRowsStored">Goal-progress records now in the system's goal object, read back from the emulator.</param>
public sealed record SystemCycleReport(
    ExternalSystem System,
    IReadOnlyList<string> VerifyProblems,
    DealSyncResult Pull,
    ProgressPublishResult Publication,
    int HttpCalls,
    int GoalRowsStored);

using System.Collections.Generic;
using SalesGoals.Crm.Integration;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>What one goal-progress publication to a system did.</summary>
/// <param name="NotComputed">Goals no plug-in has computed yet (sg_lastcomputedon empty): not published, since their figures would be made up.</param>
/// <param name="OwnerNotMapped">Goals whose assignee has no account in the system (or is a team).</param>
public sealed record ProgressPublishResult(
    ExternalSystem System,
    int Written,
    int Failed,
    int NotComputed,
    int OwnerNotMapped,
    IReadOnlyList<string> Problems);

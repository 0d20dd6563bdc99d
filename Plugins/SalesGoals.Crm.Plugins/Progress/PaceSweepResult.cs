using System;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>One page of the pace sweep: how many goals were evaluated, how many changed status, how many
/// are at risk, how many were closed because their period ended, and where the next page starts
/// (<see cref="Guid.Empty"/> when the sweep is done).</summary>
public sealed record PaceSweepResult(int Evaluated, int StatusChanged, int AtRisk, Guid NextGoalId, int Closed = 0);

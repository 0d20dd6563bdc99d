using System;

namespace SalesGoals.Crm.Worker.Messaging;

/// <summary>The body of a recalculate-goal message: the goal, which slice this is (0 first), and the previous slice's continuation (null to start).</summary>
public sealed record RecalculationCommand(Guid GoalId, int Slice, string? Continuation);

using System;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>One page of sg_EvaluatePace: goals evaluated, status changes, goals at risk, and where the next page starts (empty when done).</summary>
public sealed record PacePage(int Evaluated, int StatusChanged, int AtRisk, Guid NextGoalId);

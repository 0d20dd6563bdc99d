using System;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>An open opportunity or lead: estimated value (goal currency) and probability 0..100.</summary>
public sealed record OpenRecord(Guid Id, string Name, decimal EstimatedValue, decimal ProbabilityPercent, LocalDate? EstimatedCloseDate)
{
    public decimal WeightedValue => EstimatedValue * ProbabilityPercent / 100m;
}

using System.Collections.Generic;

namespace SalesGoals.Crm.Cli.Plan.Model;

/// <summary>A named seasonality profile: twelve monthly weights, January first.</summary>
public sealed record PlanSeasonality(string Name, IReadOnlyList<decimal> Weights);

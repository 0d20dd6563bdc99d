using System.Collections.Generic;

namespace SalesGoals.Crm.Cli.Plan.Model;

/// <summary>A sales team (a Dataverse team by name) with its reps; Share null: the reps' capacity decides.</summary>
public sealed record PlanTeam(string Name, decimal? Share, string? Manager, IReadOnlyList<PlanRep> Reps);

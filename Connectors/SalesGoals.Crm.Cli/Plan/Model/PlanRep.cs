using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Cli.Plan.Model;

/// <summary>A rep (a Dataverse user by primary e-mail): capacity (a top rep 1.5–2× a new one) and hire date for ramp-up.</summary>
public sealed record PlanRep(string User, decimal Capacity, LocalDate? HireDate);

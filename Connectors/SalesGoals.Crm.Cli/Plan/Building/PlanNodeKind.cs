namespace SalesGoals.Crm.Cli.Plan.Building;

/// <summary>Which level of the plan a goal is.</summary>
public enum PlanNodeKind
{
    Company,
    Dimension,
    Team,
    Rep,
    Time,
}

namespace SalesGoals.Crm.Cli.Plan.Model;

/// <summary>A dimension value (its option value in Dataverse and its label) with its share.</summary>
public sealed record PlanShare(int OptionValue, string Label, decimal Share);

namespace SalesGoals.Crm.SolutionModel.Validation;

/// <summary>One consistency problem: which component (a step file, a table...) and what is wrong.</summary>
public sealed record SolutionProblem(string Component, string Message)
{
    public override string ToString() => $"{Component}: {Message}";
}

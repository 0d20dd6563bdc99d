namespace SalesGoals.Crm.SolutionModel.Schema;

/// <summary>One place where a component deviates from Microsoft's customization schema:
/// the unpacked file (relative to the solution folder), its line (0 when unknown) and the
/// validator's message.</summary>
public sealed record SchemaProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}({Line}): {Message}" : $"{File}: {Message}";
}

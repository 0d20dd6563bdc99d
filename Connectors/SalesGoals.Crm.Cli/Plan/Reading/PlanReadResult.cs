using System.Collections.Generic;
using SalesGoals.Crm.Cli.Plan.Model;

namespace SalesGoals.Crm.Cli.Plan.Reading;

/// <summary>A plan read from a file: the definition when it has no problem, and every problem found.</summary>
public sealed record PlanReadResult(PlanDefinition? Plan, IReadOnlyList<PlanProblem> Problems)
{
    /// <summary>Where a path of the plan is in the file (a workbook's cell; the path itself for YAML and JSON).</summary>
    public System.Func<string, string> Locate { get; init; } = path => path;
}

using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Integration.Mapping.Validation;

/// <summary>Every problem found in a mapping; valid when there are none.</summary>
public sealed record MappingValidationResult(IReadOnlyList<MappingProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>The distinct problem codes, for a quick summary.</summary>
    public IReadOnlySet<MappingProblemCode> Codes => Problems.Select(p => p.Code).ToHashSet();
}

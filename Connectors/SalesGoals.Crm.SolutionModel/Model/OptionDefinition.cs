using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>One option. <paramref name="State"/> is set for status options (the statecode they
/// belong to); <paramref name="DefaultStatus"/> for state options.</summary>
public sealed record OptionDefinition(int Value, IReadOnlyDictionary<int, string> Labels, int? State, int? DefaultStatus)
{
    /// <summary>The language-independent name of a state option (Entity.xml invariantname), if any.</summary>
    public string? InvariantName { get; init; }
}

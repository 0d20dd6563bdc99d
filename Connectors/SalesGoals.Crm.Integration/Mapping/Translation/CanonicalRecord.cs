using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>One external record's values as canonical fields, and what could not be translated (one line each).</summary>
public sealed record CanonicalRecord(IReadOnlyDictionary<string, object> Values, IReadOnlyList<string> Problems)
{
    public bool IsComplete => Problems.Count == 0;
}

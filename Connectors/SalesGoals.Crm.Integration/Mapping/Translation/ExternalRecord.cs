using System.Collections.Generic;
using System.Text.Json;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>Field values to write to an external record, in the vendor's encoding, and what could not be translated.</summary>
public sealed record ExternalRecord(IReadOnlyDictionary<string, JsonElement> Fields, IReadOnlyList<string> Problems)
{
    public bool IsComplete => Problems.Count == 0;
}

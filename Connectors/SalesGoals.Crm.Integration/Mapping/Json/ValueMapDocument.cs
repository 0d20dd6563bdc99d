using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping.Json;

/// <summary>A value map; <see cref="Entries"/> is a JSON object from external value to canonical value.</summary>
internal sealed record ValueMapDocument(string Name, IReadOnlyDictionary<string, string> Entries);

using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>One record's new owner (a list, even for one person).</summary>
public sealed record OwnerChange(
    [property: JsonPropertyName("objectDataId")] string ObjectDataId,
    [property: JsonPropertyName("ownerId")] IReadOnlyList<string> OwnerId);

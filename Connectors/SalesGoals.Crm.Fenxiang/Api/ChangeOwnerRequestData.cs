using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary><c>data</c> of changeOwner: note the capital D of <c>Data</c>.</summary>
public sealed record ChangeOwnerRequestData(
    [property: JsonPropertyName("dataObjectApiName")] string DataObjectApiName,
    [property: JsonPropertyName("Data")] IReadOnlyList<OwnerChange> Changes);

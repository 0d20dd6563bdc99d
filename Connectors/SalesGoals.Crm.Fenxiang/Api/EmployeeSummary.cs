using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>An employee as user/getByMobile lists it.</summary>
public sealed record EmployeeSummary(
    [property: JsonPropertyName("openUserId")] string OpenUserId,
    [property: JsonPropertyName("name")] string? Name);
